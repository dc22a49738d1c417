import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { signOutFromForm } from "@/lib/actions/sign-in";
import { managesAnyMembers } from "@/lib/auth/grants";
import { ActionButton } from "./action-button";
import { Link } from "@/i18n/navigation";

/** Who is signed in, the way back to the overview, and sign-out; then the way back from this page, if it has one. */
export async function AdminHeader({ actor, locale, back }: { actor: Actor; locale: string; back?: { href: string; label: string } }) {
  const t = await getTranslations("admin");
  return (
    <>
      <div className="admin-bar">
        <Link href="/admin">{t("overview")}</Link>
        {managesAnyMembers(actor) && <Link href="/admin/users">{t("people.link")}</Link>}
        <Link href="/admin/two-factor">{t("twoFactor.heading")}</Link>
        <span className="text-muted">{t("signedInAs", { email: actor.email })}</span>
        <ActionButton action={signOutFromForm.bind(null, locale)} fields={{}} label={t("signOut")} variant="link" />
      </div>
      {back && (
        <p>
          <Link href={back.href}>{back.label}</Link>
        </p>
      )}
    </>
  );
}
