import { contrastWithWhite, MIN_CONTRAST } from "../content/contrast";
import type { Inline, Locale, RichText } from "../content/schema";
import { supervisoryAuthorityFor } from "../notice/supervisory-authority";
import type { Localized, ResolvedActivity, ResolvedNotice, ResolvedOrganisation, ResolvedPart, ResolvedSection } from "../notice/types";

/*
 * The embeddable notice: a complete HTML document built as a string, with no framework code, so
 * it can sit in an <iframe> on any site. Pure (no Next.js, no I/O): the route handler reads the
 * published notice and the interface texts and passes them in.
 *
 * Every text is escaped; links are limited to http(s), mailto, tel and relative addresses.
 * Links within the notice (#anchors) and to the embed in another language stay in the frame;
 * everything else opens in the whole window (target="_top"), because other sites refuse frames.
 */

// ---- the frame's script ---------------------------------------------------------------------

/**
 * Reports the document's height to the parent as soon as there is one (while the document is
 * still arriving, through the ResizeObserver; when it is parsed; on load, on resize, after fonts
 * load, and when pinged), takes the host page's font from the loader's ping (so the notice reads
 * like the page around it) and the position of in-frame anchors that are followed, so the loader
 * can size the frame and scroll the host page. Works from <head> (it then waits for content) or
 * the end of <body>. The page reads fully without it. Kept constant: the CSP allows it by hash
 * (lib/embed/policy.ts). Measures the root element's box rather than its scrollHeight, which
 * never drops below the frame's current height and so could never shrink it.
 */
export const EMBED_SCRIPT =
  '(function(){var w=window,d=document,r=d.documentElement,p=w.parent,h=0;if(p===w)return;' +
  'function m(o){p.postMessage(o,"*")}' +
  'function s(f){var n=Math.ceil(r.getBoundingClientRect().height);if(f===1||n!==h){h=n;m({type:"klartekst:height",height:n})}}' +
  'function g(i){var t=d.getElementById(i);if(t)m({type:"klartekst:scroll",top:Math.round(t.getBoundingClientRect().top+w.scrollY)})}' +
  'w.addEventListener("load",function(){s();if(location.hash)g(decodeURIComponent(location.hash.slice(1)))});' +
  'if(w.ResizeObserver)new w.ResizeObserver(s).observe(r);else w.addEventListener("resize",s);' +
  'd.addEventListener("DOMContentLoaded",s);d.fonts&&d.fonts.ready.then(s);' +
  'w.addEventListener("message",function(e){var o=e.data||0,f=o.font;if(e.source===p&&o.type==="klartekst:ping"){if(f===""+f&&/^[\\w\\s,"\'.-]{1,200}$/.test(f))r.style.setProperty("--host-font",f);s(1)}});' +
  'd.addEventListener("click",function(e){var a=e.target&&e.target.closest?e.target.closest(\'a[href^="#"]\'):null;if(a&&a.hash)g(decodeURIComponent(a.hash.slice(1)))});' +
  "s()})();";

// ---- styles ---------------------------------------------------------------------------------

const DEFAULT_ACCENT = "#1f4e8c";

/** The organisation's accent if it is a #rrggbb colour that links can use on white (WCAG AA). */
export function accentColour(value: string): string {
  return /^#[0-9a-f]{6}$/i.test(value) && contrastWithWhite(value) >= MIN_CONTRAST ? value.toLowerCase() : DEFAULT_ACCENT;
}

const CSS =
  "*,*::before,*::after{box-sizing:border-box}" +
  "html{-webkit-text-size-adjust:100%;text-size-adjust:100%;color-scheme:light}" +
  'body{margin:0;padding:1rem;background:#fff;color:#1b1f24;font:1rem/1.6 var(--host-font,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif);overflow-wrap:break-word}' +
  "main{max-width:48rem}" +
  "a{color:var(--accent);text-underline-offset:.15em}a:hover{text-decoration-thickness:2px}" +
  ":focus-visible{outline:3px solid #b45309;outline-offset:2px}" +
  "h1{font-size:1.6rem;line-height:1.2;margin:.25rem 0 .5rem}" +
  "h2{font-size:1.3rem;line-height:1.25;margin:2rem 0 .5rem;padding-top:.5rem;border-top:3px solid var(--accent)}" +
  "h3{font-size:1.125rem;line-height:1.3;margin:1.5rem 0 .4rem}h4,h5{font-size:1rem;margin:1rem 0 .25rem}" +
  "p,ul,ol,dl{margin:.5rem 0}ul,ol{padding-left:1.5rem}" +
  ".org{margin:0;font-weight:600;color:#4b5563}.muted{color:#4b5563}.note{padding:.5rem .75rem;background:#f3f4f6;border-left:4px solid var(--accent)}" +
  ".langs ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0}.langs [aria-current]{font-weight:600}" +
  ".toc{margin:1rem 0;padding:.75rem 1rem;background:#f3f4f6}.toc h2{margin:0;padding:0;border:0;font-size:1.1rem}.toc ol ol{margin:0}" +
  ".activity{margin:1.5rem 0;padding-left:.75rem;border-left:4px solid #d1d5db}" +
  ".facts>div{margin:.75rem 0}.facts dt{font-weight:600}.facts dd{margin:0}.facts dd>*:first-child{margin-top:0}" +
  ".special{font-weight:600}.card dt{font-weight:600}.card dd{margin:0 0 .5rem}.pre{white-space:pre-line}" +
  ".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}" +
  "@media (min-width:40rem){body{padding:1.5rem}h1{font-size:2rem}.cards{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}}" +
  "@media print{body{padding:0;color:#000}.no-print{display:none}a{color:inherit}" +
  'a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}h2,h3{break-after:avoid}.activity{break-inside:avoid-page}}';

// ---- escaping and links -------------------------------------------------------------------

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and (double- or single-quoted) attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const SAFE_SCHEMES = ["http", "https", "mailto", "tel"];

/**
 * The href as the browser would read it if it is http(s), mailto, tel or relative; null for
 * anything else (javascript:, data:, vbscript:, also when hidden by control characters).
 */
export function safeHref(raw: string): string | null {
  // Browsers strip leading/trailing C0 controls and spaces and drop tabs and newlines anywhere.
  const href = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  if (href === "" || /[\u0000-\u001f\u007f]/.test(href)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  if (scheme) return SAFE_SCHEMES.includes(scheme[1]!.toLowerCase()) ? href : null;
  return href;
}

/** A link that stays in the frame when it points into this document, else opens in the whole window. */
function link(href: string, html: string): string {
  const safe = safeHref(href);
  if (safe === null) return html;
  const target = safe.startsWith("#") ? "" : ' target="_top"';
  return `<a href="${escapeHtml(safe)}"${target}>${html}</a>`;
}

/** ` lang="…"` where text in `lang` sits inside an element of language `outer`. */
function langAttr(lang: Locale, outer: Locale): string {
  return lang === outer ? "" : ` lang="${escapeHtml(lang)}"`;
}

/** Escapes a message and puts HTML where it says {name} (the route handler leaves those in). */
function fill(template: string, values: Record<string, string>): string {
  return escapeHtml(template).replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

const enc = encodeURIComponent;

/** Address of the embed of an organisation's notice (or one activity) in a locale. */
export function embedPath(slug: string, locale: Locale, activity?: string): string {
  return `/embed/${enc(slug)}/${enc(locale)}${activity ? `/${enc(activity)}` : ""}`;
}

/** Address of the public page the embed shows. */
export function fullPagePath(slug: string, locale: Locale, activity?: string): string {
  return `/${enc(locale)}/${enc(slug)}${activity ? `/${enc(activity)}` : ""}`;
}

// ---- interface texts ------------------------------------------------------------------------

/**
 * Interface texts in the page's locale, from messages. Where a text says {date}, {contact} or
 * {authority}, the renderer inserts the element; everything else is final text (escaped here).
 */
export type EmbedLabels = {
  notice: {
    /** Title when the organisation has none, e.g. "Privacy notice for Aure kommune". */
    defaultTitle: string;
    /** "Last updated {date}". */
    lastUpdated: string;
    /** "Version 3". */
    version: string;
    contents: string;
    fallbackNote: string;
    contactHeading: string;
    controller: string;
    dpo: string;
    /** "Processing activity in the privacy notice of Aure kommune". */
    activityOf: string;
    backToNotice: string;
  };
  activity: {
    purpose: string;
    legalBasis: string;
    legitimateInterest: string;
    categories: string;
    specialArt9: string;
    specialArt10: string;
    dataSubjects: string;
    sources: string;
    provisionRequirement: string;
    systems: string;
    internalAccess: string;
    recipients: string;
    processors: string;
    transfers: string;
    retention: string;
    automatedDecisions: string;
    /** Sentences for structured retention periods by ISO 8601 duration: { P3M: "Kept for 3 months." }. */
    retentionPeriods: Record<string, string>;
  };
  contact: {
    organisation: string;
    name: string;
    address: string;
    phone: string;
    email: string;
    website: string;
    secureMail: string;
    secureMailLink: string;
    accessRequest: string;
    accessRequestLink: string;
    noDpo: string;
    /** "… Contact: {contact}". */
    noDpoContact: string;
  };
  /** Null when the organisation's country has no known supervisory authority. */
  authority: { heading: string; /** "… complain to {authority}." */ text: string; name: string } | null;
  languages: string;
  localeNames: Record<Locale, string>;
  /** "Open the privacy notice on its own page" (leaves the host page). */
  openNotice: string;
  /** "Open this processing activity on its own page". */
  openActivity: string;
};

export type EmbedInput = {
  notice: ResolvedNotice;
  /** Locales the notice is published in, for the language links. */
  locales: Locale[];
  /** Show only this activity of the notice. */
  activity?: ResolvedActivity | null;
  /** With `activity`: the locales it can be read in (others link to the whole notice). Default: all. */
  activityLocales?: Locale[];
  published: { at: Date; /** The date as readers write it, e.g. "3. mars 2026". */ text: string };
  labels: EmbedLabels;
};

// ---- rich text ------------------------------------------------------------------------------

type Ctx = { notice: ResolvedNotice; labels: EmbedLabels; locale: Locale };

function inline(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case "text": {
          let out = escapeHtml(node.text);
          if (node.bold) out = `<strong>${out}</strong>`;
          if (node.italic) out = `<em>${out}</em>`;
          return out;
        }
        case "link":
          return link(node.href, escapeHtml(node.text));
        case "var": // substituted on resolution; only unresolved previews still have them
          return "";
        case "varLink":
          return escapeHtml(node.text);
      }
    })
    .join("");
}

type HeadingLevel = 3 | 4 | 5;

/** Typed blocks as HTML; `outer` is the language of the surrounding element. */
function richText(blocks: RichText, ctx: Ctx, outer: Locale, level: HeadingLevel = 3): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case "heading":
          return `<h${level}>${inline(block.text)}</h${level}>`;
        case "paragraph":
          return `<p>${inline(block.text)}</p>`;
        case "list": {
          const tag = block.ordered ? "ol" : "ul";
          return `<${tag}>${block.items.map((item) => `<li>${inline(item)}</li>`).join("")}</${tag}>`;
        }
        case "contact": {
          const card = contactCard(ctx, block.who);
          return card && `<div${langAttr(ctx.locale, outer)}>${card}</div>`;
        }
      }
    })
    .join("");
}

function localizedRich(value: Localized<RichText> | null | undefined, ctx: Ctx, level: HeadingLevel = 3): string {
  if (!value || value.value.length === 0) return "";
  return `<div${langAttr(value.lang, ctx.locale)}>${richText(value.value, ctx, value.lang, level)}</div>`;
}

// ---- contact ------------------------------------------------------------------------------

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

/** Controller or DPO contact details from the organisation's settings; "" when there are none. */
function contactCard(ctx: Ctx, who: "controller" | "dpo", heading?: string): string {
  const org: ResolvedOrganisation = ctx.notice.organisation;
  const t = ctx.labels.contact;
  const lines: [string, string][] = [];
  const h = heading ? `<h3>${escapeHtml(heading)}</h3>` : "";
  if (who === "controller") {
    if (org.address) lines.push([t.address, `<span class="pre">${escapeHtml(org.address)}</span>`]);
    if (org.phone) lines.push([t.phone, link(telHref(org.phone), escapeHtml(org.phone))]);
    if (org.email) lines.push([t.email, link(`mailto:${org.email}`, escapeHtml(org.email))]);
    if (org.secureMailUrl) lines.push([t.secureMail, link(org.secureMailUrl, escapeHtml(t.secureMailLink))]);
    if (org.website) lines.push([t.website, link(org.website, escapeHtml(org.website.replace(/^https?:\/\//i, "")))]);
    if (org.accessRequestUrl) lines.push([t.accessRequest, link(org.accessRequestUrl, escapeHtml(t.accessRequestLink))]);
  } else if (org.hasDpo) {
    if (org.dpoName) lines.push([t.name, escapeHtml(org.dpoName)]);
    if (org.dpoPhone) lines.push([t.phone, link(telHref(org.dpoPhone), escapeHtml(org.dpoPhone))]);
    if (org.dpoEmail) lines.push([t.email, link(`mailto:${org.dpoEmail}`, escapeHtml(org.dpoEmail))]);
    if (org.dpoSecureMailUrl) lines.push([t.secureMail, link(org.dpoSecureMailUrl, escapeHtml(t.secureMailLink))]);
  } else {
    const contact = [org.noDpoNote?.value, org.email].filter(Boolean).join(", ");
    return `${h}<p>${contact ? fill(t.noDpoContact, { contact: escapeHtml(contact) }) : escapeHtml(t.noDpo)}</p>`;
  }
  if (lines.length === 0) return "";
  const name = who === "controller" ? `<div><dt class="sr-only">${escapeHtml(t.organisation)}</dt><dd><strong>${escapeHtml(org.name)}</strong></dd></div>` : "";
  return `${h}<dl class="card">${name}${lines.map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${value}</dd></div>`).join("")}</dl>`;
}

// ---- activities and sections ----------------------------------------------------------------

function activityHtml(activity: ResolvedActivity, ctx: Ctx, level: 1 | 2 | 3): string {
  const t = ctx.labels.activity;
  const { locale } = ctx;
  const { fields } = activity;
  const richLevel: HeadingLevel = level === 1 ? 4 : 5;
  const rich = (value: Localized<RichText> | undefined) => localizedRich(value, ctx, richLevel);
  const list = (value: Localized<string[]> | undefined) =>
    value && value.value.length > 0 ? `<ul${langAttr(value.lang, locale)}>${value.value.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>` : "";

  const bases = activity.legalBases.length
    ? `<ul>${activity.legalBases
        .map((basis) => {
          const citation = escapeHtml(basis.citation.value);
          const label = basis.label.value ? `<span class="muted"> – ${escapeHtml(basis.label.value)}</span>` : "";
          return `<li${langAttr(basis.citation.lang, locale)}>${basis.url ? link(basis.url, citation) : citation}${label}</li>`;
        })
        .join("")}</ul>`
    : "";
  const categories = fields.categories?.value.length
    ? `<ul${langAttr(fields.categories.lang, locale)}>${fields.categories.value
        .map((category) => {
          const special = category.special
            ? ` <span class="special"${langAttr(locale, fields.categories!.lang)}>${escapeHtml(category.special === "art9" ? t.specialArt9 : t.specialArt10)}</span>`
            : "";
          return `<li>${escapeHtml(category.text)}${special}</li>`;
        })
        .join("")}</ul>`
    : "";
  const period = activity.retentionPeriod ? t.retentionPeriods[activity.retentionPeriod] : undefined;

  const facts: [string, string][] = [
    [t.purpose, rich(fields.purpose)],
    [t.legalBasis, bases + rich(fields.legalBasisText)],
    [t.legitimateInterest, rich(fields.legitimateInterest)],
    [t.categories, categories],
    [t.dataSubjects, list(fields.dataSubjects)],
    [t.sources, rich(fields.sources)],
    [t.provisionRequirement, rich(fields.provisionRequirement)],
    [t.systems, list(fields.systems)],
    [t.internalAccess, list(fields.internalAccess)],
    [t.recipients, list(fields.recipients)],
    [t.processors, list(fields.processors)],
    [t.transfers, rich(fields.transfers)],
    [t.retention, (period ? `<p>${escapeHtml(period)}</p>` : "") + rich(fields.retention)],
    [t.automatedDecisions, rich(fields.automatedDecisions)],
  ];
  const headingId = `${activity.slug}-title`;
  const id = level === 1 ? "" : ` id="${escapeHtml(activity.slug)}"`;
  const shown = facts.filter(([, html]) => html !== "");
  return (
    `<article${id} class="activity" aria-labelledby="${escapeHtml(headingId)}">` +
    `<h${level} id="${escapeHtml(headingId)}"${langAttr(activity.title.lang, locale)}>${escapeHtml(activity.title.value)}</h${level}>` +
    rich(fields.description) +
    (shown.length ? `<dl class="facts">${shown.map(([label, html]) => `<div><dt>${escapeHtml(label)}</dt><dd>${html}</dd></div>`).join("")}</dl>` : "") +
    appendedHtml(activity.appended, ctx) +
    "</article>"
  );
}

function appendedHtml(appended: ResolvedPart["appended"], ctx: Ctx): string {
  return appended.map((item) => localizedRich(item.body, ctx)).join("");
}

function sectionHtml(section: ResolvedSection, ctx: Ctx): string {
  const headingId = `${section.slug}-title`;
  return (
    `<section id="${escapeHtml(section.slug)}" aria-labelledby="${escapeHtml(headingId)}">` +
    `<h2 id="${escapeHtml(headingId)}"${langAttr(section.title.lang, ctx.locale)}>${escapeHtml(section.title.value)}</h2>` +
    localizedRich(section.body, ctx) +
    appendedHtml(section.appended, ctx) +
    section.children.map((child) => activityHtml(child, ctx, 3)).join("") +
    "</section>"
  );
}

function tocHtml(parts: ResolvedPart[], ctx: Ctx): string {
  const item = (part: ResolvedPart, children = "") =>
    `<li><a href="#${escapeHtml(enc(part.slug))}"${langAttr(part.title.lang, ctx.locale)}>${escapeHtml(part.title.value)}</a>${children}</li>`;
  return (
    `<nav class="toc no-print" aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(ctx.labels.notice.contents)}</h2><ol>` +
    parts
      .map((part) => item(part, part.kind === "section" && part.children.length ? `<ol>${part.children.map((c) => item(c)).join("")}</ol>` : ""))
      .join("") +
    "</ol></nav>"
  );
}

function authorityHtml(ctx: Ctx): string {
  const authority = supervisoryAuthorityFor(ctx.notice.organisation.country);
  const t = ctx.labels.authority;
  if (!authority || !t) return "";
  return (
    `<section id="supervisory-authority" aria-labelledby="authority-title"><h2 id="authority-title">${escapeHtml(t.heading)}</h2>` +
    `<p>${fill(t.text, { authority: link(authority.url, escapeHtml(t.name)) })}</p></section>`
  );
}

/** Links to the embed in the other published locales; they stay in the frame. */
function languagesHtml(links: { locale: Locale; href: string }[], current: Locale, labels: EmbedLabels): string {
  if (links.length < 2) return "";
  const items = links.map(({ locale, href }) => {
    const name = escapeHtml(labels.localeNames[locale] ?? locale);
    return locale === current
      ? `<li><span aria-current="true" lang="${escapeHtml(locale)}">${name}</span></li>`
      : `<li><a href="${escapeHtml(href)}" hreflang="${escapeHtml(locale)}" lang="${escapeHtml(locale)}">${name}</a></li>`;
  });
  return `<nav class="langs no-print" aria-label="${escapeHtml(labels.languages)}"><ul>${items.join("")}</ul></nav>`;
}

// ---- documents ------------------------------------------------------------------------------

function documentHtml(o: { lang: Locale; title: string; accent: string; canonical?: string; body: string }): string {
  const canonical = o.canonical ? `<link rel="canonical" href="${escapeHtml(o.canonical)}">` : "";
  return (
    `<!doctype html><html lang="${escapeHtml(o.lang)}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">' +
    `<title>${escapeHtml(o.title)}</title>${canonical}` +
    // The script comes before the content so the frame is sized while a long notice still arrives.
    `<style>:root{--accent:${accentColour(o.accent)}}${CSS}</style><script>${EMBED_SCRIPT}</script></head>` +
    `<body><main>${o.body}</main></body></html>`
  );
}

/** The whole published notice, or one activity of it, as a complete HTML document. */
export function renderEmbedHtml(input: EmbedInput): string {
  const { notice, labels, activity } = input;
  const locale = notice.locale;
  const org = notice.organisation;
  const ctx: Ctx = { notice, labels, locale };
  const t = labels.notice;
  const title = notice.title ?? { lang: locale, value: t.defaultTitle };

  if (activity) {
    const readable = input.activityLocales ?? input.locales;
    const languages = input.locales.map((l) => ({ locale: l, href: embedPath(org.slug, l, readable.includes(l) ? activity.slug : undefined) }));
    const body =
      `<p class="org">${escapeHtml(t.activityOf)}</p>` +
      languagesHtml(languages, locale, labels) +
      activityHtml(activity, ctx, 1) +
      `<p class="no-print"><a href="${escapeHtml(embedPath(org.slug, locale))}#${escapeHtml(enc(activity.slug))}">${escapeHtml(t.backToNotice)}</a></p>` +
      `<p class="no-print">${link(fullPagePath(org.slug, locale, activity.slug), escapeHtml(labels.openActivity))}</p>` +
      authorityHtml(ctx);
    return documentHtml({
      lang: locale,
      title: `${activity.title.value} – ${org.name}`,
      accent: org.accentColor,
      canonical: fullPagePath(org.slug, locale, activity.slug),
      body,
    });
  }

  const borrowsText = notice.parts.some((part) => part.title.lang !== locale);
  const languages = input.locales.map((l) => ({ locale: l, href: embedPath(org.slug, l) }));
  const published = `<time datetime="${escapeHtml(input.published.at.toISOString())}">${escapeHtml(input.published.text)}</time>`;
  const contact = [contactCard(ctx, "controller", t.controller), contactCard(ctx, "dpo", t.dpo)].filter(Boolean).map((card) => `<div>${card}</div>`);
  const body =
    `<header><p class="org">${escapeHtml(org.name)}</p>` +
    `<h1${langAttr(title.lang, locale)}>${escapeHtml(title.value)}</h1>` +
    `<p class="muted">${fill(t.lastUpdated, { date: published })} · ${escapeHtml(t.version)}</p>` +
    `<p class="no-print">${link(fullPagePath(org.slug, locale), escapeHtml(labels.openNotice))}</p>` +
    languagesHtml(languages, locale, labels) +
    (borrowsText ? `<p class="note">${escapeHtml(t.fallbackNote)}</p>` : "") +
    "</header>" +
    (notice.parts.length ? tocHtml(notice.parts, ctx) : "") +
    localizedRich(notice.intro, ctx) +
    (contact.length
      ? `<section id="contact" aria-labelledby="contact-title"><h2 id="contact-title">${escapeHtml(t.contactHeading)}</h2><div class="cards">${contact.join("")}</div></section>`
      : "") +
    notice.parts.map((part) => (part.kind === "section" ? sectionHtml(part, ctx) : activityHtml(part, ctx, 2))).join("") +
    authorityHtml(ctx);
  return documentHtml({ lang: locale, title: `${title.value} – ${org.name}`, accent: org.accentColor, canonical: fullPagePath(org.slug, locale), body });
}

export type EmbedNotFoundInput = {
  locale: Locale;
  title: string;
  text: string;
  /** Ways on: the notice in other languages (in the frame), or pages of the site (whole window). */
  links: { href: string; text: string; lang?: Locale }[];
  accent?: string;
};

/** A small page for unknown organisations, languages and activities (served with status 404). */
export function renderEmbedNotFoundHtml(input: EmbedNotFoundInput): string {
  const links = input.links.length
    ? `<ul>${input.links
        .map((l) => {
          const lang = l.lang ? langAttr(l.lang, input.locale) : "";
          // Other embeds stay in the frame; other pages of the site open in the whole window.
          return `<li>${l.href.startsWith("/embed/") ? `<a href="${escapeHtml(l.href)}"${lang}>${escapeHtml(l.text)}</a>` : `<span${lang}>${link(l.href, escapeHtml(l.text))}</span>`}</li>`;
        })
        .join("")}</ul>`
    : "";
  return documentHtml({
    lang: input.locale,
    title: input.title,
    accent: input.accent ?? DEFAULT_ACCENT,
    body: `<h1>${escapeHtml(input.title)}</h1><p>${escapeHtml(input.text)}</p>${links}`,
  });
}
