/** @jsxImportSource preact */
import type { Locale } from "@/lib/content/schema";
import { borrowsText } from "@/lib/notice/presentation";
import type { ResolvedNotice } from "@/lib/notice/types";
import { A } from "./a";
import { Activity } from "./activity";
import type { ChangeNotices as Notices } from "@/lib/notice/change-notices";
import { breakable } from "./breakable";
import { ChangeNotices } from "./change-notices";
import { ContactCard } from "./contact-card";
import { LanguageSwitcher } from "./language-switcher";
import { sitePaths } from "./links";
import { LocalizedRichText } from "./rich-text";
import { rich } from "./rich-message";
import { Section } from "./section";
import { SupervisoryAuthority } from "./supervisory-authority";
import { TableOfContents } from "./table-of-contents";
import { langIf, useView } from "./view";

export type LanguageLink = { locale: Locale; href: string; inFrame?: boolean };

/** The notice's title, or "Personvernerklæring for {organisation}" when it has none. */
export function noticeTitle(notice: ResolvedNotice, t: ReturnType<typeof useView>["t"]): { lang: Locale; value: string } {
  return notice.title ?? { lang: notice.locale, value: t("notice.defaultTitle", { organisation: notice.organisation.name }) };
}

export function PublishedDate({ at }: { at: Date }) {
  const { format } = useView();
  return <time datetime={at.toISOString()}>{format.dateTime(at, { dateStyle: "long" })}</time>;
}

type Props = {
  notice: ResolvedNotice;
  /** The version shown; none for a draft that is not published yet. */
  version: { number: number; publishedAt: Date } | null;
  languages: LanguageLink[];
  /** Link to the version history (not in previews of drafts). */
  showHistory?: boolean;
  /** A recent or announced material change to tell of. */
  changes?: Notices;
};

/** The whole notice of one organisation in one language: the same body on the site, in embeds and in previews. */
export function NoticeArticle({ notice, version, languages, showHistory = true, changes }: Props) {
  const view = useView();
  const { t, locale } = view;
  const org = notice.organisation;
  const title = noticeTitle(notice, t);
  return (
    <article class="notice">
      <header class="notice-header">
        <p class="org-name">{org.name}</p>
        <h1 {...langIf(title.lang, locale)}>{breakable(title.value)}</h1>
        {version && (
          <p class="muted">
            {rich(view, "notice.lastUpdated", { date: () => <PublishedDate at={version.publishedAt} /> })} · {t("notice.version", { number: version.number })}
            {showHistory && (
              <>
                {" "}
                · <A href={sitePaths.versions(locale, org.slug)}>{t("notice.history")}</A>
              </>
            )}
          </p>
        )}
        <ChangeNotices changes={changes} slug={org.slug} country={org.country} />
        <LanguageSwitcher links={languages} />
        {borrowsText(notice.parts, locale) && <p class="fallback-note">{t("notice.fallbackNote")}</p>}
      </header>
      <div class="notice-layout">
        <TableOfContents parts={notice.parts} />
        <div class="notice-body">
          <LocalizedRichText value={notice.intro} level={2} organisation={org} />
          <section id="contact" aria-labelledby="contact-title" class="notice-section contact-box">
            <h2 id="contact-title">{t("notice.contactHeading")}</h2>
            <div class="contact-grid">
              <ContactCard organisation={org} who="controller" heading={t("notice.controller")} />
              <ContactCard organisation={org} who="dpo" heading={t("notice.dpo")} />
            </div>
          </section>
          {notice.parts.map((part) => (part.kind === "section" ? <Section section={part} organisation={org} /> : <Activity activity={part} organisation={org} level={2} />))}
          <SupervisoryAuthority country={org.country} />
        </div>
      </div>
    </article>
  );
}
