import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { verifySecondFactor } from "@/lib/actions/second-factor";
import { getActor } from "@/lib/auth/session";
import { refusalFromQuery, refusalMessage } from "@/lib/auth/sign-in-refusal";
import { pendingSignIn } from "@/lib/auth/sign-in-steps";
import { CodeForm } from "@/components/admin/people/code-form";
import { Link } from "@/i18n/navigation";

/** The second step of signing in; only while this browser has a sign-in waiting for it. */
export default async function SecondFactorPage({ params, searchParams }: PageProps<"/[locale]/admin/sign-in/two-factor">) {
  const { locale } = await params;
  if (await getActor()) redirect(`/${locale}/admin`);
  if (!(await pendingSignIn())) redirect(`/${locale}/admin/sign-in?reason=expired`);
  const t = await getTranslations("admin.signIn");
  const refusal = refusalFromQuery(await searchParams);
  const message = refusal && refusalMessage(refusal, t, { code: true });
  return (
    <>
      <h1>{t("twoFactorHeading")}</h1>
      <p>{t("twoFactorIntro")}</p>
      <CodeForm
        action={verifySecondFactor.bind(null, locale)}
        label={t("code")}
        hint={t("codeHint")}
        submit={t("verify")}
        permalink={`/${locale}/admin/sign-in/two-factor`}
        initialState={message ? { message } : {}}
      />
      <p>
        <Link href="/admin/sign-in">{t("startOver")}</Link>
      </p>
    </>
  );
}
