import { inlineToPlain } from "../content/plain-text";
import { ACTIVITY_FIELDS, isRichTextField, type Block, type Inline, type Locale, type RichText } from "../content/schema";
import { supervisoryAuthorityFor } from "../notice/supervisory-authority";
import type { Localized, ResolvedActivity, ResolvedLegalBasis, ResolvedNotice, ResolvedOrganisation, ResolvedPart, ResolvedSection } from "../notice/types";

/*
 * The public JSON shapes of API v1. They are a contract: fields are only ever added, never
 * renamed or removed within v1, and lib/api/openapi.ts describes exactly these types (a unit
 * test validates this module's output against it). They are built from published snapshots
 * (ResolvedNotice) but leave out what is internal to editing: where a part came from (library,
 * group, organisation), how it overrides another, and the rows behind it.
 *
 * Rich text stays as our typed blocks (a consumer can render it safely) and comes with a `text`
 * rendering for consumers that only want plain text. Links are absolute, built from `baseUrl`.
 */

// ---- shapes ----------------------------------------------------------------------------------

export type ApiText = { lang: Locale; value: string };
/** Variables are already substituted in published notices, so only text and links remain. */
export type ApiInline = { type: "text"; text: string; bold?: boolean; italic?: boolean } | { type: "link"; href: string; text: string };
export type ApiBlock =
  | { type: "heading"; text: ApiInline[] }
  | { type: "paragraph"; text: ApiInline[] }
  | { type: "list"; ordered: boolean; items: ApiInline[][] }
  /** Render notice.organisation.contact (controller) or .dpo here. */
  | { type: "contact"; who: "controller" | "dpo" };
export type ApiRichText = { lang: Locale; blocks: ApiBlock[]; text: string };
export type ApiTextList = { lang: Locale; items: string[] };
export type ApiCategory = { text: string; special: "art9" | "art10" | null };
export type ApiCategoryList = { lang: Locale; items: ApiCategory[] };

export type ApiActivityFields = {
  description?: ApiRichText;
  purpose?: ApiRichText;
  categories?: ApiCategoryList;
  dataSubjects?: ApiTextList;
  sources?: ApiRichText;
  systems?: ApiTextList;
  legalBasisText?: ApiRichText;
  legitimateInterest?: ApiRichText;
  provisionRequirement?: ApiRichText;
  internalAccess?: ApiTextList;
  recipients?: ApiTextList;
  processors?: ApiTextList;
  transfers?: ApiRichText;
  retention?: ApiRichText;
  automatedDecisions?: ApiRichText;
};

export type ApiLegalBasis = { code: string; kind: string; url: string; citation: ApiText; label: ApiText };

export type ApiActivity = {
  kind: "activity";
  slug: string;
  title: ApiText;
  /** ISO 8601 duration such as "P5Y", when the retention period is a fixed one. */
  retentionPeriod: string | null;
  legalBases: ApiLegalBasis[];
  fields: ApiActivityFields;
  /** Text the organisation adds below a shared activity. */
  appended: ApiRichText[];
};

export type ApiSection = {
  kind: "section";
  slug: string;
  title: ApiText;
  body: ApiRichText | null;
  appended: ApiRichText[];
  children: ApiActivity[];
};

export type ApiPart = ApiSection | ApiActivity;

export type ApiContact = {
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  secureMailUrl: string | null;
  rightsEmail: string | null;
  accessRequestUrl: string | null;
  accessRequestFormUrl: string | null;
};
export type ApiDpo = { appointed: boolean; name: string | null; email: string | null; phone: string | null; secureMailUrl: string | null };
export type ApiSupervisoryAuthority = { name: string; url: string };
export type ApiGroup = { slug: string; name: string };

export type ApiOrganisation = {
  slug: string;
  name: string;
  kind: string;
  country: string;
  /** Locales the latest published notice can be read in. */
  locales: Locale[];
  defaultLocale: Locale;
  links: { self: string; notice: string; versions: string; html: string };
};

export type ApiOrganisationDetail = ApiOrganisation & {
  group: ApiGroup | null;
  contact: ApiContact;
  dpo: ApiDpo;
  supervisoryAuthority: ApiSupervisoryAuthority | null;
};

export type ApiOrganisationList = { organisations: ApiOrganisation[]; links: { self: string; openapi: string } };

export type ApiVersionInfo = { number: number; publishedAt: string; changeNote: string | null };

export type ApiNoticeOrganisation = {
  slug: string;
  name: string;
  kind: string;
  country: string;
  group: ApiGroup | null;
  contact: ApiContact;
  dpo: ApiDpo;
  /** What the notice says instead of DPO details when no DPO is appointed. */
  noDpoNote: ApiText | null;
  supervisoryAuthority: ApiSupervisoryAuthority | null;
  links: { self: string };
};

export type ApiNotice = {
  locale: Locale;
  /** Locales this version of the notice can be read in. */
  locales: Locale[];
  organisation: ApiNoticeOrganisation;
  version: ApiVersionInfo;
  title: ApiText | null;
  intro: ApiRichText | null;
  parts: ApiPart[];
  links: { self: string; html: string; jsonld: string; versions: string };
};

export type ApiVersionSummary = ApiVersionInfo & { links: { self: string; html: string } };
export type ApiVersionList = { organisation: ApiGroup & { links: { self: string } }; versions: ApiVersionSummary[]; links: { self: string } };
export type ApiVersion = ApiVersionSummary & { locales: Locale[]; notice: ApiNotice };

// ---- inputs (structural, so this module needs no database types) ------------------------------

export type OrganisationEntry = { slug: string; name: string; kind: string; country: string; locales: Locale[]; defaultLocale: Locale };
export type VersionRecord = { number: number; publishedAt: Date | string; changeNote: string };

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

function activityFields(fields: ResolvedActivity["fields"], ctx: Ctx): ApiActivityFields {
  const out: Record<string, unknown> = {};
  for (const field of ACTIVITY_FIELDS) {
    const value = fields[field];
    if (!value || field === "appendix") continue; // the appendix is published as `appended`
    if (field === "categories") {
      const { lang, value: categories } = value as NonNullable<ResolvedActivity["fields"]["categories"]>;
      out[field] = { lang, items: categories.map((c) => ({ text: c.text, special: c.special ?? null })) };
    } else if (isRichTextField(field)) out[field] = richText(value as Localized<RichText>, ctx);
    else out[field] = { lang: value.lang, items: [...(value.value as string[])] };
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
    fields: activityFields(a.fields, ctx),
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

/** Every published version, newest first; links are in `locale` (the organisation's primary one by default). */
export function serializeVersionList(entry: OrganisationEntry, versions: VersionRecord[], locale: Locale, baseUrl: string): ApiVersionList {
  const u = urls(baseUrl);
  return {
    organisation: { slug: entry.slug, name: entry.name, links: { self: u.organisation(entry.slug) } },
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
