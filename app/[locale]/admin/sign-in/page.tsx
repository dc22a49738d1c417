import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/actions/sign-in";
import { getActor } from "@/lib/auth/session";
import { ssoSettings } from "@/lib/auth/sso";
import { refusalFromQuery, refusalMessage } from "@/lib/auth/sign-in-refusal";
import { SignInForm } from "@/components/admin/sign-in-form";

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/admin/sign-in">) {
  const { locale } = await params;
  if (await getActor()) redirect(`/${locale}/admin`);
  const t = await getTranslations("admin.signIn");
  // The answer to a form posted without JavaScript (lib/auth/sign-in-refusal.ts).
  const refusal = refusalFromQuery(await searchParams);
  const message = refusal && refusalMessage(refusal, t);
  const sso = ssoSettings();
  return (
    <>
      <h1>{t("heading")}</h1>
      <SignInForm
        action={signIn.bind(null, locale)}
        permalink={`/${locale}/admin/sign-in`}
        initialState={message ? { message } : {}}
        labels={{ email: t("email"), password: t("password"), submit: t("submit") }}
      />
      {sso && (
        <>
          <p>{t("or")}</p>
          {/* A plain link: the provider's page is a full navigation, never a client-side one. */}
          <p>
            <a className="button button-secondary" href={`/${locale}/admin/sign-in/sso`}>
              {t("sso", { provider: sso.name })}
            </a>
          </p>
        </>
      )}
    </>
  );
}
