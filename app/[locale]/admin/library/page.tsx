import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { mayDo } from "@/lib/auth/permissions";
import { listLibraries } from "@/lib/db/library";
import { createPart } from "@/lib/actions/parts";
import { AdminHeader } from "@/components/admin/admin-header";
import { ActionButton } from "@/components/admin/action-button";
import { Link } from "@/i18n/navigation";

/** The platform library: its parts (edited with the part editor, as drafts), and the way to publish them. */
export default async function LibraryPage({ params, searchParams }: PageProps<"/[locale]/admin/library">) {
  const { locale } = await params;
  const actor = await requireActor(locale);
  if (!mayDo(actor, "library.edit")) notFound();
  const t = await getTranslations("admin");
  const libraries = await listLibraries(actor);
  const published = (await searchParams).published;
  const titleOf = (part: (typeof libraries)[number]["parts"][number]) => part.translations.find((tr) => tr.locale === locale)?.title ?? part.translations[0]?.title ?? part.slug ?? part.id;
  return (
    <>
      <AdminHeader actor={actor} locale={locale} />
      <h1>{t("library.heading")}</h1>
      {typeof published === "string" && /^\d+$/.test(published) && (
        <p role="status" className="status-ok">
          {t("library.published", { count: Number(published) })}
        </p>
      )}
      <p>{t("library.intro")}</p>
      <div className="button-row">
        {mayDo(actor, "library.publish") && (
          <Link className="button" href="/admin/library/publish">
            {t("library.publish")}
          </Link>
        )}
        <Link className="button button-secondary" href="/admin/library/new">
          {t("library.newLibrary")}
        </Link>
      </div>
      {libraries.length === 0 && <p>{t("library.noLibraries")}</p>}
      {libraries.map((library) => {
        const sections = library.parts.filter((p) => !p.parentId || !library.parts.some((s) => s.id === p.parentId));
        const row = (part: (typeof library.parts)[number], nested = false): React.ReactNode => (
          <li key={part.id} className={nested ? "part-row nested" : "part-row"}>
            <div className="part-title">
              <span className="badge">{t(`parts.kind.${part.kind as "section"}`)}</span> <strong>{titleOf(part)}</strong>
              <span className="text-muted">
                {" "}
                · {t("library.usedBy", { count: part._count.derived })}
                {part.publishedRevision !== part.revision && ` · ${t("library.unpublished")}`}
              </span>
            </div>
            <Link className="button button-secondary" href={`/admin/parts/${part.id}`}>
              {t("parts.edit")}
              <span className="sr-only"> – {titleOf(part)}</span>
            </Link>
            {part.kind === "section" && <ul className="part-list">{library.parts.filter((child) => child.parentId === part.id).map((child) => row(child, true))}</ul>}
          </li>
        );
        return (
          <section key={library.id} aria-labelledby={`library-${library.id}`}>
            <h2 id={`library-${library.id}`}>{library.name}</h2>
            <p className="text-muted">{t("library.countryOf", { country: t(`organisationForm.countries.${library.country as "NO"}`) })}</p>
            {library.parts.length === 0 ? <p>{t("library.noParts")}</p> : <ul className="part-list">{sections.map((part) => row(part))}</ul>}
            <div className="button-row">
              <ActionButton action={createPart.bind(null, locale)} fields={{ owner: "library", ownerId: library.id, kind: "section" }} label={t("parts.addSection")} context={library.name} />
              <ActionButton action={createPart.bind(null, locale)} fields={{ owner: "library", ownerId: library.id, kind: "activity" }} label={t("parts.addActivity")} context={library.name} />
            </div>
          </section>
        );
      })}
    </>
  );
}
