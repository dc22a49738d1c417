import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/actions/sign-in";
import { getActor } from "@/lib/auth/session";
import { SignInForm } from "@/components/admin/sign-in-form";

export default async function SignInPage({ params }: PageProps<"/[locale]/admin/sign-in">) {
  const { locale } = await params;
  if (await getActor()) redirect(`/${locale}/admin`);
  const t = await getTranslations("admin.signIn");
  return (
    <>
      <h1>{t("heading")}</h1>
      <SignInForm action={signIn.bind(null, locale)} labels={{ email: t("email"), password: t("password"), submit: t("submit") }} />
    </>
  );
}
