import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { publicUrl } from "@/lib/http/public-origin";
import { getPublishedNotice } from "@/lib/queries/public";
import { getVersionList } from "@/lib/queries/public";

/** Characters XML 1.0 does not allow at all; an editor's change note could contain them. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const xml = (text: string) => text.replace(INVALID_XML, "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const notFound = () => new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Atom 1.0 feed of an organisation's published versions in one language, newest first. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/[slug]/versions/feed.xml">) {
  // Ids and links are absolute under the configured public origin, never the host a request
  // names, so the feed does not depend on the request (the front cache keeps its bytes like a
  // page's); the ids, the permanent addresses of the history and its versions, stay the same
  // wherever the server runs.
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return notFound();
  const [published, versions] = await Promise.all([getPublishedNotice(slug), getVersionList(slug)]);
  const notice = published?.snapshot.notices[locale];
  const latest = versions[0];
  if (!notice || !latest) return notFound();

  const t = await getTranslations({ locale, namespace: "versions" });
  const organisation = notice.organisation.name;
  const history = publicUrl(`/${locale}/${encodeURIComponent(slug)}/versions`);
  const entries = versions.map(
    ({ number, publishedAt, changeNote }) => `  <entry>
    <id>${xml(`${history}/${number}`)}</id>
    <title>${xml(t("versionNumber", { number }))}</title>
    <published>${publishedAt.toISOString()}</published>
    <updated>${publishedAt.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${xml(`${history}/${number}`)}"/>
    <link rel="related" type="text/html" href="${xml(`${history}/${number}/changes`)}" title="${xml(t("changesInVersion", { number }))}"/>
    <summary>${xml(changeNote || t("noChangeNote"))}</summary>
  </entry>`,
  );
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${xml(history)}</id>
  <title>${xml(t("feedTitle", { organisation }))}</title>
  <updated>${latest.publishedAt.toISOString()}</updated>
  <author><name>${xml(organisation)}</name></author>
  <link rel="self" type="application/atom+xml" href="${xml(`${history}/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${xml(history)}"/>
${entries.join("\n")}
</feed>
`;
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
