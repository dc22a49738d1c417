import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { mayDo } from "@/lib/auth/permissions";
import { createLibraryAction } from "@/lib/actions/library";
import { AdminHeader } from "@/components/admin/admin-header";
import { LibraryForm } from "@/components/admin/library-form";

export default async function NewLibraryPage({ params }: PageProps<"/[locale]/admin/library/new">) {
  const { locale } = await params;
  const actor = await requireActor(locale);
  if (!mayDo(actor, "library.edit")) notFound();
  const t = await getTranslations("admin.library");
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: "/admin/library", label: t("back") }} />
      <h1>{t("newHeading")}</h1>
      <LibraryForm action={createLibraryAction.bind(null, locale)} />
    </>
  );
}
