import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/content/schema";
import type { ResolvedNotice } from "@/lib/notice/types";
import { Link } from "@/i18n/navigation";
import { RichText, langIfDifferent } from "../rich-text";
import { Activity } from "./activity";
import { ContactCard } from "./contact-card";
import { LanguageSwitcher } from "./language-switcher";
import { Section } from "./section";
import { SupervisoryAuthority } from "./supervisory-authority";
import { TableOfContents } from "./table-of-contents";

type Props = {
  notice: ResolvedNotice;
  locales: Locale[];
  publishedAt: Date;
  versionNumber: number;
  /** Link to the version history (not in previews of unpublished drafts). */
  showHistory?: boolean;
};

export async function NoticeTitle({ notice }: { notice: ResolvedNotice }) {
  const t = await getTranslations("notice");
  return notice.title ? (
    <span {...langIfDifferent(notice.title.lang, notice.locale)}>{notice.title.value}</span>
  ) : (
    <>{t("defaultTitle", { organisation: notice.organisation.name })}</>
  );
}

/** The whole published notice of one organisation in one language. */
export async function NoticeView({ notice, locales, publishedAt, versionNumber, showHistory = true }: Props) {
  const t = await getTranslations("notice");
  const format = await getFormatter();
  const org = notice.organisation;
  const showsBorrowedText = notice.parts.some((p) => p.title.lang !== notice.locale);
  return (
    <article className="notice" style={{ "--accent": org.accentColor } as React.CSSProperties}>
      <header className="notice-header">
        <p className="org-name">{org.name}</p>
        <h1>
          <NoticeTitle notice={notice} />
        </h1>
        <p className="text-muted">
          {t.rich("lastUpdated", {
            date: () => <time dateTime={publishedAt.toISOString()}>{format.dateTime(publishedAt, { dateStyle: "long" })}</time>,
          })}{" "}
          · {t("version", { number: versionNumber })}
          {showHistory && (
            <>
              {" "}
              · <Link href={`/${org.slug}/versions`}>{t("history")}</Link>
            </>
          )}
        </p>
        <LanguageSwitcher locales={locales} path={`/${org.slug}`} />
        {showsBorrowedText && <p className="fallback-note">{t("fallbackNote")}</p>}
      </header>
      <div className="notice-layout">
        <TableOfContents parts={notice.parts} />
        <div className="notice-body">
          {notice.intro && (
            <div {...langIfDifferent(notice.intro.lang, notice.locale)}>
              <RichText blocks={notice.intro.value} organisation={org} className="prose-notice intro" />
            </div>
          )}
          <section id="contact" aria-labelledby="contact-title" className="notice-section contact-box">
            <h2 id="contact-title">{t("contactHeading")}</h2>
            <div className="contact-grid">
              <ContactCard organisation={org} who="controller" heading={t("controller")} />
              <ContactCard organisation={org} who="dpo" heading={t("dpo")} />
            </div>
          </section>
          {notice.parts.map((part) =>
            part.kind === "section" ? (
              <Section key={part.slug} section={part} organisation={org} />
            ) : (
              <Activity key={part.slug} activity={part} organisation={org} level={2} />
            ),
          )}
          <SupervisoryAuthority country={org.country} />
        </div>
      </div>
    </article>
  );
}
