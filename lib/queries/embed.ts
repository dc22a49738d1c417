import { cacheLife, cacheTag } from "next/cache";
import { getFormatter, getTranslations } from "next-intl/server";
import { parseIsoDuration } from "../content/duration";
import { LOCALES, type Locale } from "../content/schema";
import { findEmbedOrigins } from "../db/embed";
import { etagOf, type EmbedPage } from "../embed/policy";
import { embedPath, renderEmbedHtml, renderEmbedNotFoundHtml, type EmbedLabels } from "../embed/render";
import { supervisoryAuthorityFor } from "../notice/supervisory-authority";
import type { ResolvedNotice } from "../notice/types";
import { allActivities, findActivity } from "./notice-page";
import { getPublishedNotice } from "./public";
import { noticeTag } from "./tags";

/**
 * Origins an organisation allows to frame its embed (null: no such organisation). Cached with
 * the notice: saving the settings revalidates the same tag (lib/actions/settings.ts).
 */
export async function getEmbedOrigins(slug: string): Promise<string[] | null> {
  "use cache";
  cacheLife("max");
  cacheTag(noticeTag(slug));
  return findEmbedOrigins(slug);
}

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** Interface texts of the embed in one locale, from the same messages as the public page. */
async function embedLabels(locale: Locale, notice: ResolvedNotice, versionNumber: number): Promise<EmbedLabels> {
  const [tNotice, tActivity, tContact, tAuthority, tLayout, tEmbed, format] = await Promise.all([
    getTranslations({ locale, namespace: "notice" }),
    getTranslations({ locale, namespace: "activity" }),
    getTranslations({ locale, namespace: "contact" }),
    getTranslations({ locale, namespace: "authority" }),
    getTranslations({ locale, namespace: "layout" }),
    getTranslations({ locale, namespace: "embed" }),
    getFormatter({ locale }),
  ]);
  const org = notice.organisation;

  const retentionPeriods: Record<string, string> = {};
  for (const activity of allActivities(notice)) {
    const period = activity.retentionPeriod;
    const parts = period ? parseIsoDuration(period) : null;
    if (!period || !parts || period in retentionPeriods) continue;
    const text = format.list(
      Object.entries(parts).map(([unit, count]) => tActivity(`duration.${unit as keyof typeof parts}`, { count })),
      { type: "conjunction" },
    );
    retentionPeriods[period] = tActivity("retentionPeriod", { period: text });
  }

  const authority = supervisoryAuthorityFor(org.country);
  return {
    notice: {
      defaultTitle: tNotice("defaultTitle", { organisation: org.name }),
      // The renderer puts the <time> element where the text says {date}.
      lastUpdated: tNotice.markup("lastUpdated", { date: () => "{date}" }),
      version: tNotice("version", { number: versionNumber }),
      contents: tNotice("contents"),
      fallbackNote: tNotice("fallbackNote"),
      contactHeading: tNotice("contactHeading"),
      controller: tNotice("controller"),
      dpo: tNotice("dpo"),
      activityOf: tNotice("activityOf", { organisation: org.name }),
      backToNotice: tNotice("backToNotice"),
    },
    activity: {
      purpose: tActivity("purpose"),
      legalBasis: tActivity("legalBasis"),
      legitimateInterest: tActivity("legitimateInterest"),
      categories: tActivity("categories"),
      specialArt9: tActivity("special.art9"),
      specialArt10: tActivity("special.art10"),
      dataSubjects: tActivity("dataSubjects"),
      sources: tActivity("sources"),
      provisionRequirement: tActivity("provisionRequirement"),
      systems: tActivity("systems"),
      internalAccess: tActivity("internalAccess"),
      recipients: tActivity("recipients"),
      processors: tActivity("processors"),
      transfers: tActivity("transfers"),
      retention: tActivity("retention"),
      automatedDecisions: tActivity("automatedDecisions"),
      retentionPeriods,
    },
    contact: {
      organisation: tContact("organisation"),
      name: tContact("name"),
      address: tContact("address"),
      phone: tContact("phone"),
      email: tContact("email"),
      website: tContact("website"),
      secureMail: tContact("secureMail"),
      secureMailLink: tContact("secureMailLink"),
      accessRequest: tContact("accessRequest"),
      accessRequestLink: tContact("accessRequestLink"),
      noDpo: tContact("noDpo"),
      noDpoContact: tContact("noDpoContact", { contact: "{contact}" }),
    },
    authority: authority && {
      heading: tAuthority("heading"),
      text: tAuthority.markup("text", { authority: () => "{authority}" }),
      name: tAuthority(`name.${authority.country}`),
    },
    languages: tLayout("languages"),
    localeNames: {
      nb: tLayout("localeName.nb"),
      nn: tLayout("localeName.nn"),
      da: tLayout("localeName.da"),
      en: tLayout("localeName.en"),
    },
    openNotice: tEmbed("openNotice"),
    openActivity: tEmbed("openActivity"),
  };
}

/** The 404 page: in the requested language if it is one, with the ways to what does exist. */
async function notFoundPage(
  slug: string,
  requested: Locale | null,
  published: Awaited<ReturnType<typeof getPublishedNotice>>,
  origins: string[] | null,
): Promise<EmbedPage> {
  const locales = published?.snapshot.locales ?? [];
  const locale = requested ?? locales[0] ?? "nb";
  const t = await getTranslations({ locale, namespace: "notFound" });
  // The notice in each language it is published in, each link in its own language.
  const ordered = [...locales].sort((a, b) => Number(b === locale) - Number(a === locale));
  const links = published
    ? await Promise.all(
        ordered.map(async (l) => ({
          href: embedPath(slug, l),
          text: (await getTranslations({ locale: l, namespace: "notice" }))("backToNotice"),
          lang: l,
        })),
      )
    : [{ href: `/${locale}`, text: t("directory") }];
  const accent = published?.snapshot.notices[locales[0] ?? locale]?.organisation.accentColor;
  return { status: 404, html: renderEmbedNotFoundHtml({ locale, title: t("title"), text: t("text"), links, accent }), origins: origins ?? [] };
}

/**
 * The embed of an organisation's published notice (or one activity of it) in one locale, or a
 * 404 page; with the origins allowed to frame it and its ETag. Cached whole, with the notice's
 * tag: a request only compares the ETag and sends the stored bytes.
 */
export async function loadEmbedPage(slug: string, locale: string, activitySlug?: string): Promise<EmbedPage> {
  "use cache";
  cacheLife("max");
  cacheTag(noticeTag(slug));
  const page = await renderEmbedPage(slug, locale, activitySlug);
  return { ...page, etag: etagOf(page.html) };
}

async function renderEmbedPage(slug: string, locale: string, activitySlug?: string): Promise<EmbedPage> {
  const [published, origins] = await Promise.all([getPublishedNotice(slug), getEmbedOrigins(slug)]);
  const requested = isLocale(locale) ? locale : null;
  const notice = requested ? published?.snapshot.notices[requested] : undefined;
  if (!published || !notice) return notFoundPage(slug, requested, published, origins);
  const activity = activitySlug === undefined ? null : findActivity(notice, activitySlug);
  if (activitySlug !== undefined && !activity) return notFoundPage(slug, requested, published, origins);

  const [labels, format] = await Promise.all([embedLabels(notice.locale, notice, published.number), getFormatter({ locale: notice.locale })]);
  const { locales, notices } = published.snapshot;
  const activityLocales = activity ? locales.filter((l) => notices[l] && findActivity(notices[l], activity.slug)) : undefined;
  const html = renderEmbedHtml({
    notice,
    locales,
    activity,
    activityLocales,
    published: { at: published.publishedAt, text: format.dateTime(published.publishedAt, { dateStyle: "long" }) },
    labels,
  });
  return { status: 200, html, origins: origins ?? [] };
}
