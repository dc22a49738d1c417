/** @jsxImportSource preact */
import type { Locale } from "@/lib/content/schema";
import { timeZoneOf } from "@/lib/time/zone";
import { ChangeNotices } from "../change-notices";
import type { VersionSummary } from "@/lib/db/version-history";
import { diffNotices, hasChanges } from "@/lib/notice/diff";
import type { NoticePageData } from "@/lib/queries/notice-page";
import type { VersionDiffPageData, VersionPageData } from "@/lib/queries/versions";
import { retentionSentence } from "@/lib/public/wording";
import { Breadcrumb } from "../breadcrumb";
import { LanguageSwitcher } from "../language-switcher";
import { sitePaths } from "../links";
import { NoticeArticle, PublishedDate } from "../notice";
import { rich } from "../rich-message";
import { SiteDocument } from "../site-document";
import { NoticeDiffView } from "../versions/diff";
import { VersionBanner } from "../versions/version-banner";
import { VersionList } from "../versions/version-list";
import { useView } from "../view";
import { pageTitle } from "./title";

const switcher = (locales: Locale[], path: (l: Locale) => string) => locales.map((locale) => ({ locale, href: path(locale) }));

/** /{locale}/{organisation}/versions: every published version, and the Atom feed of them. */
export function VersionsPage({
  page,
  versions,
  styles,
  upcoming = null,
}: {
  page: NoticePageData;
  versions: VersionSummary[];
  styles: string[];
  upcoming?: { runAt: Date; changeNote: string } | null;
}) {
  const { t, locale, format } = useView();
  const org = page.notice.organisation;
  const path = (l: Locale) => sitePaths.versions(l, org.slug);
  const feed = sitePaths.feed(locale, org.slug);
  return (
    <SiteDocument
      styles={styles}
      head={{
        title: pageTitle(t, t("versions.historyMetaTitle", { organisation: org.name })),
        description: t("versions.historyIntro"),
        canonical: path(locale),
        alternates: page.locales.map((l) => ({ locale: l, path: path(l) })),
        feeds: [{ path: feed, title: t("versions.feedTitle", { organisation: org.name }) }],
      }}
    >
      <div class="container page">
        <Breadcrumb notice={page.notice} />
        <p class="org-name">{org.name}</p>
        <h1>{t("versions.historyTitle")}</h1>
        <p class="lead">{t("versions.historyIntro")}</p>
        <p class="no-print">
          <a href={feed} type="application/atom+xml">
            {t("versions.feedLink")}
          </a>
        </p>
        {upcoming && (
          <section aria-labelledby="upcoming-title" id="upcoming">
            <h2 id="upcoming-title">{t("changes.upcomingVersion")}</h2>
            <ChangeNotices changes={page.changes} slug={org.slug} country={org.country} />
            <p>
              <time datetime={upcoming.runAt.toISOString()}>
                {t("changes.effectiveOn", { date: format.dateTime(upcoming.runAt, { dateStyle: "long", timeStyle: "short", timeZone: timeZoneOf(org.country) }) })}
              </time>
            </p>
            {upcoming.changeNote && <p>{upcoming.changeNote}</p>}
          </section>
        )}
        <VersionList slug={org.slug} versions={versions} />
        <LanguageSwitcher links={switcher(page.locales, path)} />
      </div>
    </SiteDocument>
  );
}

/** /{locale}/{organisation}/versions/{n}: a published version, readable in full, marked as such. */
export function VersionPage({ page, styles }: { page: VersionPageData; styles: string[] }) {
  const { t, locale } = useView();
  const org = page.notice.organisation;
  const path = (l: Locale) => sitePaths.version(l, org.slug, page.version.number);
  const isCurrent = page.version.number === page.latestNumber;
  return (
    <SiteDocument
      styles={styles}
      head={{
        title: pageTitle(t, t("versions.versionMetaTitle", { number: page.version.number, organisation: org.name })),
        canonical: path(locale),
        alternates: page.locales.map((l) => ({ locale: l, path: path(l) })),
        // Search engines should send people to the notice in force, not to a replaced one.
        noindex: !isCurrent,
      }}
    >
      <VersionBanner slug={org.slug} version={page.version} latestNumber={page.latestNumber} />
      <NoticeArticle notice={page.notice} version={{ number: page.version.number, publishedAt: page.version.publishedAt }} languages={switcher(page.locales, path)} />
    </SiteDocument>
  );
}

/** A readable comparison of two published versions (or of version 1 against nothing). */
/** "upcoming": what an announced scheduled change will change (/versions/upcoming); its version does not exist yet. */
export function DiffPage({ data, mode, styles }: { data: VersionDiffPageData; mode: "changes" | "compare" | "upcoming"; styles: string[] }) {
  const view = useView();
  const { t, locale, format } = view;
  const { newer, older, notice, olderNotice, locales } = data;
  const slug = notice.organisation.slug;
  const upcoming = mode === "upcoming";
  const path = (l: Locale) =>
    upcoming ? sitePaths.upcoming(l, slug) : mode === "changes" || !older ? sitePaths.changes(l, slug, newer.number) : sitePaths.compare(l, slug, newer.number, older.number);
  const diff = diffNotices(olderNotice, notice, {
    specialCategory: (special) => t(`activity.special.${special}`),
    retentionPeriod: (iso) => retentionSentence(iso, view) ?? iso,
  });
  const title = upcoming
    ? t("changes.upcomingVersion")
    : mode === "changes" || !older
      ? t("versions.changesTitle", { number: newer.number })
      : t("versions.compareTitle", { older: older.number, newer: newer.number });
  const newerDate = () => <PublishedDate at={newer.publishedAt} />;
  return (
    <SiteDocument styles={styles} head={{ title: pageTitle(t, `${title} – ${notice.organisation.name}`), canonical: path(locale), alternates: locales.map((l) => ({ locale: l, path: path(l) })) }}>
      <div class="container page">
        <Breadcrumb notice={notice} inHistory />
        <p class="org-name">{notice.organisation.name}</p>
        <h1>{title}</h1>
        {upcoming && <p>{t("changes.effectiveOn", { date: format.dateTime(newer.publishedAt, { dateStyle: "long", timeStyle: "short", timeZone: timeZoneOf(notice.organisation.country) }) })}</p>}
        <p>
          {!older
            ? rich(view, "versions.firstVersion", { number: newer.number, date: newerDate })
            : !olderNotice
              ? t("versions.notInLanguageBefore", { older: older.number, newer: newer.number })
              : rich(view, "versions.comparing", { older: older.number, newer: newer.number, olderDate: () => <PublishedDate at={older.publishedAt} />, newerDate })}
        </p>
        {mode !== "compare" && newer.changeNote && (
          <p>
            {t("versions.changeNote")} {newer.changeNote}
          </p>
        )}
        <ul class="version-links no-print">
          {!upcoming && (
            <li>
              <a href={sitePaths.version(locale, slug, newer.number)}>{t("versions.readVersion", { number: newer.number })}</a>
            </li>
          )}
          {older && older.number !== newer.number && (
            <li>
              <a href={sitePaths.version(locale, slug, older.number)}>{t("versions.readVersion", { number: older.number })}</a>
            </li>
          )}
          <li>
            <a href={sitePaths.versions(locale, slug)}>{t("versions.allVersions")}</a>
          </li>
        </ul>
        {hasChanges(diff) ? (
          <>
            <p class="diff-legend">{rich(view, "versions.legend", { ins: (chunks) => <ins>{chunks}</ins>, del: (chunks) => <del>{chunks}</del> })}</p>
            <NoticeDiffView diff={diff} slug={slug} newerNumber={upcoming ? undefined : newer.number} />
          </>
        ) : (
          <p>{t("versions.noChanges")}</p>
        )}
        <LanguageSwitcher links={switcher(locales, path)} />
      </div>
    </SiteDocument>
  );
}
