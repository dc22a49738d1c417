import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { planLibraryPublish } from "@/lib/db/library";
import { publishLibraryAction } from "@/lib/actions/library";
import type { Locale } from "@/lib/content/schema";
import { hasChanges } from "@/lib/notice/diff";
import { diffHtml, publishDiff } from "@/lib/public/fragments";
import { AdminHeader } from "@/components/admin/admin-header";
import { PublishForm } from "@/components/admin/publish-form";
import { Link } from "@/i18n/navigation";

/**
 * Publishing the library: the changed parts, and for each organisation that adopts one what
 * changes in its notice (its whole draft goes public, as with any publish); then one publish.
 */
export default async function PublishLibraryPage({ params }: PageProps<"/[locale]/admin/library/publish">) {
  const { locale } = await params;
  const actor = await requireActor(locale);
  const plan = await planLibraryPublish(actor);
  if (!plan) notFound();
  const t = await getTranslations("admin");
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: "/admin/library", label: t("library.back") }} />
      <h1>{t("library.publishHeading")}</h1>
      <section aria-labelledby="changed-title">
        <h2 id="changed-title">{t("library.changedParts")}</h2>
        {plan.changed.length === 0 ? (
          <p>{t("library.nothingChanged")}</p>
        ) : (
          <ul className="admin-list">
            {plan.changed.map((part) => (
              <li key={part.id}>
                <Link href={`/admin/parts/${part.id}`}>{part.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="organisations-title">
        <h2 id="organisations-title">{t("library.organisationsHeading")}</h2>
        {plan.organisations.length === 0 && <p>{t("library.noOrganisations")}</p>}
        {plan.organisations.map((org) => {
          const diff = publishDiff(locale as Locale, org.published, org.draft);
          return (
            <section key={org.id} aria-labelledby={`org-${org.id}`}>
              <h3 id={`org-${org.id}`}>{org.name}</h3>
              <p>
                <Link href={`/admin/organisations/${org.slug}/preview`} locale={org.locale}>
                  {t("library.preview", { organisation: org.name })}
                </Link>
              </p>
              {hasChanges(diff) && <div dangerouslySetInnerHTML={{ __html: diffHtml(locale as Locale, diff, org.slug, 4, `${org.slug}-`) }} />}
            </section>
          );
        })}
      </section>
      {plan.changed.length > 0 && (
        <>
          <p>{t("library.publishExplanation", { count: plan.organisations.length })}</p>
          <PublishForm action={publishLibraryAction.bind(null, locale)} fields={{ fingerprint: plan.fingerprint }} label={t("library.publish")} />
        </>
      )}
    </>
  );
}
