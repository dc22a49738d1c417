import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { findAdminOrganisation } from "@/lib/db/admin";
import { AdminHeader } from "@/components/admin/admin-header";
import { CopyField } from "@/components/admin/copy-field";
import { Link } from "@/i18n/navigation";
import { publicOrigin } from "@/lib/http/public-origin";
import type { Locale } from "@/lib/content/schema";

/** Text and attribute values inside a snippet (an organisation's name may hold quotes or <). */
const html = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Copy-paste snippets for the organisation's own website, with a live preview of the embed. */
export default async function EmbedPage({ params }: PageProps<"/[locale]/admin/organisations/[slug]/embed">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const organisation = await findAdminOrganisation(slug, actor);
  if (!organisation) notFound();
  const t = await getTranslations("admin.embed");
  const ta = await getTranslations("admin");
  // Snippets go on other sites, so they carry the site's one public address (PUBLIC_URL).
  const origin = publicOrigin();
  const lang = organisation.defaultLocale;
  // The link readers without JavaScript get, in the notice's own language.
  const noticeTitle = (await getTranslations({ locale: lang as Locale, namespace: "notice" }))("defaultTitle", { organisation: organisation.name });
  const origins = z.array(z.string()).parse(organisation.embedOrigins);
  const embedUrl = `${origin}/embed/${slug}/${lang}`;
  const snippets = {
    script: `<script src="${origin}/embed.js" data-org="${slug}" data-lang="${lang}" async></script>\n<noscript><a href="${origin}/${lang}/${slug}">${html(noticeTitle)}</a></noscript>`,
    element: `<script src="${origin}/embed.js" async></script>\n<klartekst-notice org="${slug}" lang="${lang}"></klartekst-notice>`,
    iframe: `<iframe src="${embedUrl}" title="${html(organisation.name)}" style="width:100%;border:0" height="900" loading="lazy"></iframe>`,
    api: `${origin}/api/v1/organisations/${slug}/notice?locale=${lang}`,
  };
  const copy = { copyLabel: t("copy"), copiedLabel: t("copied") };
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: `/admin/organisations/${slug}`, label: ta("backToOrganisation") }} />
      <h1>{t("heading", { organisation: organisation.name })}</h1>
      <p>{t("intro")}</p>
      <CopyField id="snippet-script" label={t("script")} value={snippets.script} {...copy} />
      <CopyField id="snippet-element" label={t("element")} value={snippets.element} {...copy} />
      <CopyField id="snippet-iframe" label={t("iframe")} value={snippets.iframe} {...copy} />
      <CopyField id="snippet-api" label={t("api")} value={snippets.api} {...copy} />
      <p>
        <Link href="/developers">{t("apiDocs")}</Link>
      </p>
      <section aria-labelledby="origins-title">
        <h2 id="origins-title">{t("origins")}</h2>
        <p>{t("originsHint")}</p>
        {origins.length > 0 ? (
          <ul>
            {origins.map((o) => (
              <li key={o}>
                <code>{o}</code>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noOrigins")}</p>
        )}
        <p>
          <Link href={`/admin/organisations/${slug}/settings`}>{t("changeOrigins")}</Link>
        </p>
      </section>
      <section aria-labelledby="preview-title">
        <h2 id="preview-title">{t("preview")}</h2>
        <iframe src={`/embed/${slug}/${lang}`} title={t("previewTitle", { organisation: organisation.name })} className="embed-preview" />
      </section>
    </>
  );
}
