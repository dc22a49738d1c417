import { safeHref, shortWebAddress } from "../content/links";
import type { Localized, ResolvedOrganisation, ResolvedPart } from "./types";

/*
 * What a notice shows besides its parts, worked out once for every way it is shown (page, embed,
 * version pages, admin preview): the table of contents and the contact cards. Pure.
 */

export type TocEntry = { slug: string; title: Localized<string>; children: TocEntry[] };

/** Sections and activities in reading order, activities under their section. */
export function tableOfContents(parts: ResolvedPart[]): TocEntry[] {
  return parts.map((part) => ({
    slug: part.slug,
    title: part.title,
    children: part.kind === "section" ? part.children.map((child) => ({ slug: child.slug, title: child.title, children: [] })) : [],
  }));
}

/** A line of a contact card; `label` and a `text` of { message } are keys of the "contact" messages. */
export type ContactLine = {
  label: "address" | "phone" | "email" | "secureMail" | "website" | "accessRequest" | "name";
  text: string | { message: "secureMailLink" | "accessRequestLink" };
  href?: string;
  /** Line breaks in the value are kept (postal addresses). */
  multiline?: boolean;
};

export type ContactCard =
  | { kind: "details"; organisationName: string | null; lines: ContactLine[] }
  /** No DPO: whom to contact instead (null: nobody named). */
  | { kind: "noDpo"; contact: string | null };

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

function link(label: ContactLine["label"], text: ContactLine["text"], href: string): ContactLine {
  const safe = safeHref(href);
  return safe ? { label, text, href: safe } : { label, text: typeof text === "string" ? text : href };
}

/** The controller's or the DPO's contact card from the organisation's settings; null when there is nothing to show. */
export function contactCard(org: ResolvedOrganisation, who: "controller" | "dpo"): ContactCard | null {
  const lines: ContactLine[] = [];
  if (who === "controller") {
    if (org.address) lines.push({ label: "address", text: org.address, multiline: true });
    if (org.phone) lines.push(link("phone", org.phone, telHref(org.phone)));
    if (org.email) lines.push(link("email", org.email, `mailto:${org.email}`));
    if (org.secureMailUrl) lines.push(link("secureMail", { message: "secureMailLink" }, org.secureMailUrl));
    if (org.website) lines.push(link("website", shortWebAddress(org.website), org.website));
    if (org.accessRequestUrl) lines.push(link("accessRequest", { message: "accessRequestLink" }, org.accessRequestUrl));
    return lines.length ? { kind: "details", organisationName: org.name, lines } : null;
  }
  if (!org.hasDpo) {
    const contact = [org.noDpoNote?.value, org.email].filter(Boolean).join(", ");
    return { kind: "noDpo", contact: contact || null };
  }
  if (org.dpoName) lines.push({ label: "name", text: org.dpoName });
  if (org.dpoPhone) lines.push(link("phone", org.dpoPhone, telHref(org.dpoPhone)));
  if (org.dpoEmail) lines.push(link("email", org.dpoEmail, `mailto:${org.dpoEmail}`));
  if (org.dpoSecureMailUrl) lines.push(link("secureMail", { message: "secureMailLink" }, org.dpoSecureMailUrl));
  return lines.length ? { kind: "details", organisationName: null, lines } : null;
}

/** Whether any part is shown in another language than the page's (nynorsk pages borrowing bokmål). */
export const borrowsText = (parts: ResolvedPart[], locale: string) => parts.some((part) => part.title.lang !== locale);
