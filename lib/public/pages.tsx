/** @jsxImportSource preact */
import type { VNode } from "preact";
import { render } from "preact-render-to-string";
import { cacheLife, cacheTag } from "next/cache";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { ViewContext, type Chrome } from "@/components/public/view";
import { ActivityPage } from "@/components/public/pages/activity-page";
import { DevelopersPage } from "@/components/public/pages/developers-page";
import { DirectoryPage } from "@/components/public/pages/directory-page";
import { EmbedActivityPage, EmbedNoticePage, EmbedNotFoundPage } from "@/components/public/pages/embed-pages";
import { EmbedGonePage, GonePage } from "@/components/public/pages/gone-page";
import { NoticePage } from "@/components/public/pages/notice-page";
import { NotFoundPage } from "@/components/public/pages/not-found-page";
import { PreviewPage } from "@/components/public/pages/preview-page";
import { DiffPage, VersionPage, VersionsPage } from "@/components/public/pages/version-pages";
import { SubscribeFormPage, SubscriptionMessagePage, type SubscriptionMessage } from "@/components/public/pages/subscription-pages";
import type { SubscribeFormState } from "@/components/public/subscribe-form";
import type { Locale } from "../content/schema";
import type { ResolvedNotice } from "../notice/types";
import { filterDirectory, parseDirectoryFilter, sortByName, type DirectoryFilter } from "../directory/filter";
import { EMBED_SCRIPT } from "../embed/frame-script";
import { findActivity, loadNoticePage } from "../queries/notice-page";
import { getAnnouncedChange, getArchived, getChangeNotices, getDirectory, getPublishedNotice, getVersionList } from "../queries/public";
import { directoryTag } from "../queries/tags";
import { loadChangesPage, loadComparisonPage, loadUpcomingChangesPage, loadVersionPage } from "../queries/versions";
import type { Inline } from "./csp";
import { intlFor } from "./i18n";
import { accentStyle, embedStylesheet, siteStylesheet } from "./styles";

/*
 * The public views, each from the cached published data to a finished HTML document. Route
 * handlers only pass their parameters in and send what comes out (lib/public/respond.ts).
 */

/** A finished page: its status, its HTML and its inline styles and scripts (for the Content Security Policy). */
export type RenderedPage = { status: 200 | 404 | 410; html: string; inline: Inline };

const toLocale = (value: string): Locale => (hasLocale(routing.locales, value) ? value : routing.defaultLocale);

export function renderView(locale: Locale, chrome: Chrome, node: VNode, inline: Inline, status: RenderedPage["status"] = 200): RenderedPage {
  const view = { locale, chrome, ...intlFor(locale) };
  const html = `<!doctype html>${render(<ViewContext.Provider value={view}>{node}</ViewContext.Provider>)}`;
  return { status, html, inline };
}

function sitePage(locale: Locale, styles: string[], node: VNode, status: RenderedPage["status"] = 200): RenderedPage {
  return renderView(locale, "page", node, { styles, scripts: [] }, status);
}

export const siteStyles = (accent?: string): string[] => [siteStylesheet(), accentStyle(accent)];

/** The 404 page of the public site, in `locale` when it is one of ours. */
export function notFoundPage(locale: string): RenderedPage {
  const l = toLocale(locale);
  const styles = siteStyles();
  return sitePage(l, styles, <NotFoundPage styles={styles} />, 404);
}

export async function directoryPage(locale: string, params: URLSearchParams): Promise<RenderedPage> {
  if (!hasLocale(routing.locales, locale)) return notFoundPage(locale);
  const filter = parseDirectoryFilter(Object.fromEntries(params));
  if (!filter.query && !filter.country) return unfilteredDirectory(locale);
  return renderDirectory(locale, filter);
}

/** The directory as most visitors see it, rendered once per publish. */
async function unfilteredDirectory(locale: Locale): Promise<RenderedPage> {
  "use cache";
  cacheLife("max");
  cacheTag(directoryTag());
  return renderDirectory(locale, { query: "", country: "" });
}

async function renderDirectory(locale: Locale, filter: DirectoryFilter): Promise<RenderedPage> {
  const entries = sortByName(filterDirectory(await getDirectory(), filter), locale);
  const styles = siteStyles();
  return sitePage(locale, styles, <DirectoryPage entries={entries} filter={filter} styles={styles} />);
}

/**
 * What an archived organisation's notice, activity and subscribing addresses answer: 410 Gone, a complete
 * page in the language asked for when the notice was published in it (else the 404 it would
 * have been). Null when the organisation is not archived.
 */
export async function gonePage(locale: string, slug: string): Promise<RenderedPage | null> {
  const archived = await getArchived(slug);
  if (!archived) return null;
  if (!hasLocale(routing.locales, locale) || !archived.locales.includes(locale)) return notFoundPage(locale);
  const styles = siteStyles();
  return sitePage(locale, styles, <GonePage organisation={{ slug, name: archived.name, archivedAt: archived.archivedAt! }} styles={styles} />, 410);
}

export async function noticePage(locale: string, slug: string): Promise<RenderedPage> {
  const gone = await gonePage(locale, slug);
  if (gone) return gone;
  const data = await loadNoticePage(locale, slug);
  if (!data) return notFoundPage(locale);
  const styles = siteStyles(data.notice.organisation.accentColor);
  return sitePage(data.notice.locale, styles, <NoticePage data={data} styles={styles} />);
}

export async function activityPage(locale: string, slug: string, activitySlug: string): Promise<RenderedPage> {
  const gone = await gonePage(locale, slug);
  if (gone) return gone;
  const [data, published] = await Promise.all([loadNoticePage(locale, slug), getPublishedNotice(slug)]);
  const activity = data && findActivity(data.notice, activitySlug);
  if (!data || !activity || !published) return notFoundPage(locale);
  const { notices, locales } = published.snapshot;
  const activityLocales = locales.filter((l) => notices[l] && findActivity(notices[l], activitySlug));
  const styles = siteStyles(data.notice.organisation.accentColor);
  return sitePage(data.notice.locale, styles, <ActivityPage data={data} activity={activity} activityLocales={activityLocales} styles={styles} />);
}

export async function versionsPage(locale: string, slug: string): Promise<RenderedPage> {
  // The history is offered in the languages the current notice is published in.
  const page = await loadNoticePage(locale, slug);
  if (!page) return notFoundPage(locale);
  const [versions, announced] = await Promise.all([getVersionList(slug), getAnnouncedChange(slug)]);
  const styles = siteStyles(page.notice.organisation.accentColor);
  const upcoming = announced && { runAt: announced.runAt, changeNote: announced.changeNote };
  return sitePage(page.notice.locale, styles, <VersionsPage page={page} versions={versions} styles={styles} upcoming={upcoming} />);
}

export async function versionPage(locale: string, slug: string, number: string): Promise<RenderedPage> {
  const page = await loadVersionPage(locale, slug, number);
  if (!page) return notFoundPage(locale);
  const styles = siteStyles(page.notice.organisation.accentColor);
  return sitePage(page.notice.locale, styles, <VersionPage page={page} styles={styles} />);
}

export async function changesPage(locale: string, slug: string, number: string): Promise<RenderedPage> {
  const data = await loadChangesPage(locale, slug, number);
  if (!data) return notFoundPage(locale);
  const styles = siteStyles(data.notice.organisation.accentColor);
  return sitePage(data.notice.locale, styles, <DiffPage data={data} mode="changes" styles={styles} />);
}

/** What an announced scheduled change will change (404 when none is announced). */
export async function upcomingChangesPage(locale: string, slug: string): Promise<RenderedPage> {
  const data = await loadUpcomingChangesPage(locale, slug);
  if (!data) return notFoundPage(locale);
  const styles = siteStyles(data.notice.organisation.accentColor);
  return sitePage(data.notice.locale, styles, <DiffPage data={data} mode="upcoming" styles={styles} />);
}

export async function comparePage(locale: string, slug: string, number: string, other: string): Promise<RenderedPage> {
  const data = await loadComparisonPage(locale, slug, number, other);
  if (!data) return notFoundPage(locale);
  const styles = siteStyles(data.notice.organisation.accentColor);
  return sitePage(data.notice.locale, styles, <DiffPage data={data} mode="compare" styles={styles} />);
}

// ---- subscriptions (docs/decisions/0032) ----------------------------------------------------

/** The organisation of a published notice in `locale` (for subscription pages), or null. */
export async function subscribableNotice(locale: string, slug: string) {
  const data = await loadNoticePage(locale, slug);
  if (!data) return null;
  const { organisation } = data.notice;
  return { locale: data.notice.locale, organisation: { slug: organisation.slug, name: organisation.name }, accent: organisation.accentColor };
}

type Subscribable = NonNullable<Awaited<ReturnType<typeof subscribableNotice>>>;

/** A step of subscribing: its message as a page, in the notice's language and colours. */
export function subscriptionMessagePage(
  notice: Subscribable,
  message: (t: ReturnType<typeof intlFor>["t"]) => Omit<SubscriptionMessage, "organisation">,
  status: RenderedPage["status"] = 200,
): RenderedPage {
  const styles = siteStyles(notice.accent);
  const { t } = intlFor(notice.locale);
  return renderView(notice.locale, "page", <SubscriptionMessagePage message={{ ...message(t), organisation: notice.organisation }} styles={styles} />, { styles, scripts: [] }, status);
}

/** The subscribe form on its own page, with what was typed and what is wrong with it. */
export function subscribeFormPage(notice: Subscribable, state: SubscribeFormState): RenderedPage {
  const styles = siteStyles(notice.accent);
  return sitePage(notice.locale, styles, <SubscribeFormPage organisation={notice.organisation} state={state} styles={styles} />);
}

export function developersPage(locale: string): RenderedPage {
  if (!hasLocale(routing.locales, locale)) return notFoundPage(locale);
  const styles = siteStyles();
  return sitePage(locale, styles, <DevelopersPage styles={styles} />);
}

/** An editor's preview of a draft notice (the caller has checked the editor may see it). */
export function previewPage(locale: Locale, notice: ResolvedNotice, nextVersion: number, backHref: string): RenderedPage {
  const styles = siteStyles(notice.organisation.accentColor);
  return sitePage(locale, styles, <PreviewPage notice={notice} nextVersion={nextVersion} backHref={backHref} styles={styles} />);
}

// ---- embeds ---------------------------------------------------------------------------------

export function embedView(locale: Locale, accent: string | undefined, node: (frame: { styles: string[]; script: string }) => VNode, status: RenderedPage["status"] = 200): RenderedPage {
  const frame = { styles: [embedStylesheet(), accentStyle(accent)], script: EMBED_SCRIPT };
  return renderView(locale, "embed", node(frame), { styles: frame.styles, scripts: [EMBED_SCRIPT] }, status);
}

/**
 * The embed of an organisation's published notice (or one activity of it) in one locale, or its
 * 404 page, which offers the languages the notice does exist in.
 */
export async function embedPage(slug: string, locale: string, activitySlug?: string): Promise<RenderedPage> {
  const [published, changes, archived] = await Promise.all([getPublishedNotice(slug), getChangeNotices(slug), getArchived(slug)]);
  const requested = hasLocale(routing.locales, locale) ? locale : null;
  if (archived && requested && archived.locales.includes(requested)) {
    const organisation = { slug, name: archived.name, archivedAt: archived.archivedAt! };
    return embedView(requested, undefined, (frame) => <EmbedGonePage organisation={organisation} frame={frame} />, 410);
  }
  const notice = requested ? published?.snapshot.notices[requested] : undefined;
  const activity = notice && activitySlug !== undefined ? findActivity(notice, activitySlug) : null;
  const locales = published?.snapshot.locales ?? [];
  if (!published || !notice || (activitySlug !== undefined && !activity)) {
    const shownIn = requested ?? locales[0] ?? routing.defaultLocale;
    const accent = published?.snapshot.notices[locales[0] ?? shownIn]?.organisation.accentColor;
    return embedView(shownIn, accent, (frame) => <EmbedNotFoundPage slug={slug} locales={locales} frame={frame} />, 404);
  }
  const accent = notice.organisation.accentColor;
  if (activity) {
    const activityLocales = locales.filter((l) => published.snapshot.notices[l] && findActivity(published.snapshot.notices[l], activity.slug));
    return embedView(notice.locale, accent, (frame) => <EmbedActivityPage notice={notice} activity={activity} locales={locales} activityLocales={activityLocales} frame={frame} changes={changes} />);
  }
  const version = { number: published.number, publishedAt: published.publishedAt };
  return embedView(notice.locale, accent, (frame) => <EmbedNoticePage notice={notice} locales={locales} version={version} frame={frame} changes={changes} />);
}
