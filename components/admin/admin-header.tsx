import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { signOut } from "@/lib/actions/sign-in";
import { Link } from "@/i18n/navigation";

/** Who is signed in, the way back to the overview, and sign-out. */
export async function AdminHeader({ actor, locale }: { actor: Actor; locale: string }) {
  const t = await getTranslations("admin");
  return (
    <div className="admin-bar">
      <Link href="/admin">{t("overview")}</Link>
      <span className="text-muted">{t("signedInAs", { email: actor.email })}</span>
      <form action={signOut.bind(null, locale)}>
        <button type="submit" className="link-button">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
