import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/content/schema";
import { hasChanges } from "@/lib/notice/diff";
import { resolveNotice } from "@/lib/notice/resolve";
import type { NoticeLayers } from "@/lib/notice/types";
import { diffHtml, publishDiff } from "@/lib/public/fragments";

type Props = { locale: Locale; before: NoticeLayers; after: NoticeLayers; headingId: string; heading: string };

/**
 * What a change to an organisation's layers does to its notice, before it happens: both resolved
 * in the notice's default language and compared as the version pages compare versions.
 */
export async function NoticeChanges({ locale, before, after, headingId, heading }: Props) {
  const t = await getTranslations("admin.groupAdmin");
  const organisation = before.organisation;
  const noticeLocale = organisation.defaultLocale;
  const diff = publishDiff(locale, resolveNotice(before, noticeLocale), resolveNotice(after, noticeLocale));
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {hasChanges(diff) ? (
        // The public pages' own diff (escaped HTML): what citizens will read once it is published.
        <div dangerouslySetInnerHTML={{ __html: diffHtml(locale, diff, organisation.slug, 3) }} />
      ) : (
        <p>{t("noChanges")}</p>
      )}
    </section>
  );
}
