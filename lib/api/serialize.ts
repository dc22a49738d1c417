import { inlineToPlain } from "../content/plain-text";
import { ACTIVITY_FIELD_REGISTRY, fieldKeys, type FieldRegistry } from "../content/fields";
import type { Block, Category, Inline, Locale, RichText } from "../content/schema";
import { summaryIn, type MaterialSummary } from "../notice/change-notices";
import { supervisoryAuthorityFor } from "../notice/supervisory-authority";
import type { Localized, ResolvedActivity, ResolvedLegalBasis, ResolvedNotice, ResolvedOrganisation, ResolvedPart, ResolvedSection } from "../notice/types";

/*
 * The public JSON of API v1, typed by the zod schemas in ./schemas.ts (the contract, and the
 * source of the OpenAPI document). It is built from published snapshots
 * (ResolvedNotice) but leave out what is internal to editing: where a part came from (library,
 * group, organisation), how it overrides another, and the rows behind it.
 *
 * Rich text stays as our typed blocks (a consumer can render it safely) and comes with a `text`
 * rendering for consumers that only want plain text. Links are absolute, built from `baseUrl`.
 */

// ---- shapes: the zod schemas in ./schemas.ts, which the OpenAPI document is generated from ----

import type {
  ApiActivity,
  ApiActivityFields,
  ApiBlock,
  ApiContact,
  ApiDpo,
  ApiInline,
  ApiLegalBasis,
  ApiNotice,
  ApiOrganisation,
  ApiOrganisationDetail,
  ApiOrganisationList,
  ApiPart,
  ApiRichText,
  ApiSection,
  ApiSupervisoryAuthority,
  ApiText,
  ApiVersion,
  ApiVersionInfo,
  ApiVersionList,
  ApiVersionSummary,
} from "./schemas";
export type * from "./schemas";

// ---- inputs (structural, so this module needs no database types) ------------------------------

export type OrganisationEntry = { slug: string; name: string; kind: string; country: string; locales: Locale[]; defaultLocale: Locale };
export type VersionRecord = { number: number; publishedAt: Date | string; changeNote: string; effectiveAt?: Date | string | null };

// ---- URLs ------------------------------------------------------------------------------------

export const API_BASE_PATH = "/api/v1";

/** Absolute URLs of the API and of the public pages, for one origin. */
export function urls(baseUrl: string) {
  const api = `${baseUrl}${API_BASE_PATH}`;
  const org = (slug: string) => `${api}/organisations/${encodeURIComponent(slug)}`;
  const page = (locale: Locale, slug: string) => `${baseUrl}/${locale}/${encodeURIComponent(slug)}`;
  return {
    openapi: `${api}/openapi.json`,
    organisations: `${api}/organisations`,
    organisation: org,
    notice: (slug: string, locale?: Locale) => `${org(slug)}/notice${locale ? `?locale=${locale}` : ""}`,
    versions: (slug: string, locale?: Locale) => `${org(slug)}/versions${locale ? `?locale=${locale}` : ""}`,
    version: (slug: string, number: number, locale?: Locale) => `${org(slug)}/versions/${number}${locale ? `?locale=${locale}` : ""}`,
    noticePage: page,
    versionPage: (locale: Locale, slug: string, number: number) => `${page(locale, slug)}/versions/${number}`,
  };
}

/** The locale served when none is asked for: the default one if published in it, else the first. */
export function primaryLocale(entry: Pick<OrganisationEntry, "locales" | "defaultLocale">): Locale {
  return entry.locales.includes(entry.defaultLocale) ? entry.defaultLocale : (entry.locales[0] ?? entry.defaultLocale);
}

// ---- rich text -------------------------------------------------------------------------------

/** Site-relative hrefs ("/nb/aure") would break on a consumer's site, so they become absolute. */
function absoluteHref(href: string, baseUrl: string): string {
  return href.startsWith("/") ? new URL(href, baseUrl).href : href;
}

function inlines(nodes: Inline[], baseUrl: string): ApiInline[] {
  return nodes.flatMap((node): ApiInline[] => {
    switch (node.type) {
      case "text":
        return [{ type: "text", text: node.text, ...(node.bold ? { bold: true } : {}), ...(node.italic ? { italic: true } : {}) }];
      case "link":
        return [{ type: "link", href: absoluteHref(node.href, baseUrl), text: node.text }];
      // resolveNotice substitutes variables before publishing; this only guards old snapshots.
      case "varLink":
        return [{ type: "text", text: node.text }];
      case "var":
        return [];
    }
  });
}

function block(b: Block, baseUrl: string): ApiBlock {
  switch (b.type) {
    case "heading":
    case "paragraph":
      return { type: b.type, text: inlines(b.text, baseUrl) };
    case "list":
      return { type: "list", ordered: b.ordered === true, items: b.items.map((item) => inlines(item, baseUrl)) };
    case "contact":
      return { type: "contact", who: b.who };
  }
}

/** Contact cards as plain lines, so `text` says as much as the page does. */
function contactLines(org: ResolvedOrganisation, who: "controller" | "dpo"): string {
  if (who === "controller") return [org.name, org.address, org.phone, org.email, org.website].filter(Boolean).join("\n");
  if (!org.hasDpo) return [org.noDpoNote?.value, org.email].filter(Boolean).join(", ");
  return [org.dpoName, org.dpoPhone, org.dpoEmail].filter(Boolean).join("\n");
}

export function plainText(blocks: RichText, org: ResolvedOrganisation): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case "heading":
        case "paragraph":
          return inlineToPlain(b.text);
        case "list":
          return b.items.map((item) => `- ${inlineToPlain(item)}`).join("\n");
        case "contact":
          return contactLines(org, b.who);
      }
    })
    .filter((line) => line !== "")
    .join("\n\n");
}

type Ctx = { baseUrl: string; org: ResolvedOrganisation };

function richText(value: Localized<RichText>, { baseUrl, org }: Ctx): ApiRichText {
  return { lang: value.lang, blocks: value.value.map((b) => block(b, baseUrl)), text: plainText(value.value, org) };
}

// ---- notice parts ----------------------------------------------------------------------------

const text = ({ lang, value }: Localized<string>): ApiText => ({ lang, value });

function legalBasis(basis: ResolvedLegalBasis): ApiLegalBasis {
  return { code: basis.code, kind: basis.kind, url: basis.url, citation: text(basis.citation), label: text(basis.label) };
}

/**
 * An activity's fields as the API publishes them, each by its kind (lib/content/fields.ts); the
 * appendix is published as `appended`. Tests pass other registries.
 */
export function serializeActivityFields(fields: ResolvedActivity["fields"], org: ResolvedOrganisation, baseUrl: string, registry: FieldRegistry = ACTIVITY_FIELD_REGISTRY): ApiActivityFields {
  const out: Record<string, unknown> = {};
  const values = fields as Record<string, Localized<unknown> | undefined>;
  for (const key of fieldKeys(registry)) {
    const value = values[key];
    if (!value || registry[key]!.role === "appendix") continue;
    switch (registry[key]!.kind) {
      case "categories":
        out[key] = { lang: value.lang, items: (value.value as Category[]).map((c) => ({ text: c.text, special: c.special ?? null })) };
        break;
      case "textList":
        out[key] = { lang: value.lang, items: [...(value.value as string[])] };
        break;
      case "richText":
        out[key] = richText(value as Localized<RichText>, { baseUrl, org });
        break;
    }
  }
  return out as ApiActivityFields;
}

function activity(a: ResolvedActivity, ctx: Ctx): ApiActivity {
  return {
    kind: "activity",
    slug: a.slug,
    title: text(a.title),
    retentionPeriod: a.retentionPeriod,
    legalBases: a.legalBases.map(legalBasis),
    fields: serializeActivityFields(a.fields, ctx.org, ctx.baseUrl),
    appended: a.appended.map((x) => richText(x.body, ctx)),
  };
}

function section(s: ResolvedSection, ctx: Ctx): ApiSection {
  return {
    kind: "section",
    slug: s.slug,
    title: text(s.title),
    body: s.body && richText(s.body, ctx),
    appended: s.appended.map((x) => richText(x.body, ctx)),
    children: s.children.map((c) => activity(c, ctx)),
  };
}

const part = (p: ResolvedPart, ctx: Ctx): ApiPart => (p.kind === "section" ? section(p, ctx) : activity(p, ctx));

// ---- organisations ---------------------------------------------------------------------------

const orNull = (value: string) => (value.trim() === "" ? null : value);

/** The names authorities publish under; both are called Datatilsynet. */
const AUTHORITY_NAMES: Record<string, string> = { NO: "Datatilsynet", DK: "Datatilsynet" };

function supervisoryAuthority(country: string): ApiSupervisoryAuthority | null {
  const authority = supervisoryAuthorityFor(country);
  return authority ? { name: AUTHORITY_NAMES[authority.country] ?? "Datatilsynet", url: authority.url } : null;
}

function contact(org: ResolvedOrganisation): ApiContact {
  return {
    address: orNull(org.address),
    phone: orNull(org.phone),
    email: orNull(org.email),
    website: orNull(org.website),
    secureMailUrl: orNull(org.secureMailUrl),
    rightsEmail: orNull(org.rightsEmail),
    accessRequestUrl: orNull(org.accessRequestUrl),
    accessRequestFormUrl: orNull(org.accessRequestFormUrl),
  };
}

function dpo(org: ResolvedOrganisation): ApiDpo {
  if (!org.hasDpo) return { appointed: false, name: null, email: null, phone: null, secureMailUrl: null };
  return { appointed: true, name: orNull(org.dpoName), email: orNull(org.dpoEmail), phone: orNull(org.dpoPhone), secureMailUrl: orNull(org.dpoSecureMailUrl) };
}

export function serializeOrganisation(entry: OrganisationEntry, baseUrl: string): ApiOrganisation {
  const u = urls(baseUrl);
  return {
    slug: entry.slug,
    name: entry.name,
    kind: entry.kind,
    country: entry.country,
    locales: [...entry.locales],
    defaultLocale: entry.defaultLocale,
    links: {
      self: u.organisation(entry.slug),
      notice: u.notice(entry.slug),
      versions: u.versions(entry.slug),
      html: u.noticePage(primaryLocale(entry), entry.slug),
    },
  };
}

export function serializeOrganisationList(entries: OrganisationEntry[], baseUrl: string): ApiOrganisationList {
  const u = urls(baseUrl);
  return { organisations: entries.map((e) => serializeOrganisation(e, baseUrl)), links: { self: u.organisations, openapi: u.openapi } };
}

/** `published` is the organisation as the latest published notice states it. */
export function serializeOrganisationDetail(entry: OrganisationEntry, published: ResolvedOrganisation, baseUrl: string): ApiOrganisationDetail {
  return {
    ...serializeOrganisation(entry, baseUrl),
    group: published.group && { slug: published.group.slug, name: published.group.name },
    contact: contact(published),
    dpo: dpo(published),
    supervisoryAuthority: supervisoryAuthority(published.country),
  };
}

// ---- notices and versions --------------------------------------------------------------------

const versionInfo = (v: VersionRecord): ApiVersionInfo => ({
  number: v.number,
  publishedAt: new Date(v.publishedAt).toISOString(),
  effectiveAt: v.effectiveAt ? new Date(v.effectiveAt).toISOString() : null,
  changeNote: orNull(v.changeNote),
});

export type NoticeInput = {
  notice: ResolvedNotice;
  version: VersionRecord;
  /** Locales the version can be read in. */
  locales: Locale[];
  baseUrl: string;
  /** "latest": links point at the current notice; "version": at this version for good. */
  addressedAs: "latest" | "version";
};

export function serializeNotice({ notice, version, locales, baseUrl, addressedAs }: NoticeInput): ApiNotice {
  const u = urls(baseUrl);
  const org = notice.organisation;
  const ctx: Ctx = { baseUrl, org };
  const self = addressedAs === "latest" ? u.notice(org.slug, notice.locale) : u.version(org.slug, version.number, notice.locale);
  return {
    locale: notice.locale,
    locales: [...locales],
    organisation: {
      slug: org.slug,
      name: org.name,
      kind: org.kind,
      country: org.country,
      group: org.group && { slug: org.group.slug, name: org.group.name },
      contact: contact(org),
      dpo: dpo(org),
      noDpoNote: org.noDpoNote && text(org.noDpoNote),
      supervisoryAuthority: supervisoryAuthority(org.country),
      links: { self: u.organisation(org.slug) },
    },
    version: versionInfo(version),
    title: notice.title && text(notice.title),
    intro: notice.intro && richText(notice.intro, ctx),
    parts: notice.parts.map((p) => part(p, ctx)),
    links: {
      self,
      html: addressedAs === "latest" ? u.noticePage(notice.locale, org.slug) : u.versionPage(notice.locale, org.slug, version.number),
      jsonld: `${self}&format=jsonld`,
      versions: u.versions(org.slug, notice.locale),
    },
  };
}

function versionSummary(slug: string, v: VersionRecord, locale: Locale, baseUrl: string): ApiVersionSummary {
  const u = urls(baseUrl);
  return { ...versionInfo(v), links: { self: u.version(slug, v.number, locale), html: u.versionPage(locale, slug, v.number) } };
}

/** An announced scheduled material change, as the versions list tells of it. */
export type UpcomingRecord = { runAt: Date; announcedAt: Date; changeNote: string; materialSummary: MaterialSummary };

/** Every published version, newest first, and the announced upcoming one; links are in `locale` (the organisation's primary one by default). */
export function serializeVersionList(entry: OrganisationEntry, versions: VersionRecord[], locale: Locale, baseUrl: string, upcoming: UpcomingRecord | null = null): ApiVersionList {
  const u = urls(baseUrl);
  const summary = upcoming && summaryIn(upcoming.materialSummary, locale);
  return {
    organisation: { slug: entry.slug, name: entry.name, links: { self: u.organisation(entry.slug) } },
    upcoming:
      upcoming && summary
        ? {
            effectiveAt: upcoming.runAt.toISOString(),
            announcedAt: upcoming.announcedAt.toISOString(),
            changeNote: upcoming.changeNote || null,
            materialSummary: summary,
            links: { html: `${u.noticePage(locale, entry.slug)}/versions/upcoming` },
          }
        : null,
    versions: versions.map((v) => versionSummary(entry.slug, v, locale, baseUrl)),
    links: { self: u.versions(entry.slug, locale) },
  };
}

export function serializeVersion(input: Omit<NoticeInput, "addressedAs">): ApiVersion {
  return {
    ...versionSummary(input.notice.organisation.slug, input.version, input.notice.locale, input.baseUrl),
    locales: [...input.locales],
    notice: serializeNotice({ ...input, addressedAs: "version" }),
  };
}
