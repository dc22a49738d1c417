import type { Element } from "@xmldom/xmldom";
import { childElements, parseXml } from "./xml";

/*
 * The MUSTs of RFC 4287 (The Atom Syndication Format) that apply to a feed of entries, checked on
 * the document as parsed by a real XML parser (@xmldom/xmldom, namespace-aware). No maintained
 * Atom validator exists on npm; this follows the RFC section by section. Returns the problems
 * found, [] for a valid feed. `publicOrigin`: every IRI the feed writes must be under it.
 */

export const ATOM = "http://www.w3.org/2005/Atom";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** RFC 3339 date-time with the uppercase "T" and "Z" that RFC 4287 §3.3 requires. */
const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function atomProblems(text: string, { publicOrigin, lang }: { publicOrigin: string; lang: string }): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);
  let feed: Element;
  try {
    const root = parseXml(text).documentElement;
    if (!root) return ["no root element"];
    feed = root;
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  if (feed.namespaceURI !== ATOM || feed.localName !== "feed") return [`the root is {${feed.namespaceURI}}${feed.localName}, not atom:feed`];
  if (feed.getAttributeNS(XML_NS, "lang") !== lang) fail("feed", `xml:lang is "${feed.getAttributeNS(XML_NS, "lang")}", not "${lang}"`);

  const atom = (parent: Element, local: string) => childElements(parent, ATOM, local);
  const text1 = (element: Element) => (element.textContent ?? "").trim();

  /** §4.2.6, §4.1.1: exactly one atom:id, an absolute IRI (§4.2.6: "MUST NOT be a relative reference"). */
  function checkId(where: string, parent: Element): string | null {
    const ids = atom(parent, "id");
    if (ids.length !== 1) return (fail(where, `has ${ids.length} atom:id, not exactly one`), null);
    const id = text1(ids[0]!);
    if (!/^[a-z][a-z0-9+.-]*:/i.test(id)) fail(where, `atom:id "${id}" is not an absolute IRI`);
    if (/^https?:/.test(id) && !id.startsWith(`${publicOrigin}/`)) fail(where, `atom:id "${id}" is not under the public origin ${publicOrigin}`);
    return id;
  }

  /** §3.3 Date constructs. */
  function checkDate(where: string, parent: Element, local: string, required: boolean): number | null {
    const dates = atom(parent, local);
    if (dates.length > 1 || (required && dates.length === 0)) return (fail(where, `has ${dates.length} atom:${local}`), null);
    if (dates.length === 0) return null;
    const value = text1(dates[0]!);
    if (!RFC3339.test(value) || Number.isNaN(Date.parse(value))) return (fail(where, `atom:${local} "${value}" is not an RFC 3339 date-time`), null);
    return Date.parse(value);
  }

  /** §3.1 Text constructs: type is text, html or xhtml; xhtml holds one xhtml:div. */
  function checkText(where: string, parent: Element, local: string, required: boolean) {
    const elements = atom(parent, local);
    if (elements.length > 1 || (required && elements.length === 0)) return fail(where, `has ${elements.length} atom:${local}`);
    const element = elements[0];
    if (!element) return;
    const type = element.getAttribute("type") || "text";
    if (!["text", "html", "xhtml"].includes(type)) fail(where, `atom:${local} has type "${type}"`);
    if (type !== "xhtml" && childElements(element, ATOM).length + childElements(element, "http://www.w3.org/1999/xhtml").length > 0) fail(where, `atom:${local} of type ${type} contains elements`);
    if (required && !text1(element)) fail(where, `atom:${local} is empty`);
  }

  /** §3.2 Person constructs: exactly one atom:name; atom:uri an IRI; atom:email an address. */
  function checkPeople(where: string, parent: Element): number {
    const people = atom(parent, "author");
    for (const person of [...people, ...atom(parent, "contributor")]) {
      const names = atom(person, "name");
      if (names.length !== 1 || !text1(names[0]!)) fail(where, `a person construct has ${names.length} atom:name`);
      if (atom(person, "uri").length > 1 || atom(person, "email").length > 1) fail(where, "a person construct repeats atom:uri or atom:email");
    }
    return people.length;
  }

  /** §4.2.7 atom:link: an href; absolute here (and under the public origin); at most one alternate per type and hreflang. */
  function checkLinks(where: string, parent: Element) {
    const links = atom(parent, "link");
    const alternates = new Set<string>();
    for (const link of links) {
      const href = link.getAttribute("href");
      if (!href) {
        fail(where, "an atom:link has no href");
        continue;
      }
      if (!href.startsWith(`${publicOrigin}/`)) fail(where, `atom:link href "${href}" is not an absolute URL under ${publicOrigin}`);
      const rel = link.getAttribute("rel") || "alternate";
      if (rel === "alternate") {
        const key = `${link.getAttribute("type") ?? ""} ${link.getAttribute("hreflang") ?? ""}`;
        if (alternates.has(key)) fail(where, `two alternate links with type and hreflang "${key}"`);
        alternates.add(key);
      }
      const length = link.getAttribute("length");
      if (length && !/^\d+$/.test(length)) fail(where, `atom:link length "${length}"`);
    }
    return links;
  }

  // §4.1.1 atom:feed
  checkId("feed", feed);
  checkText("feed", feed, "title", true);
  checkText("feed", feed, "subtitle", false);
  checkText("feed", feed, "rights", false);
  const feedUpdated = checkDate("feed", feed, "updated", true);
  for (const single of ["generator", "icon", "logo"]) if (atom(feed, single).length > 1) fail("feed", `has more than one atom:${single}`);
  const feedAuthors = checkPeople("feed", feed);
  const feedLinks = checkLinks("feed", feed);
  // §4.1.1 "SHOULD contain one atom:link element with a rel attribute value of self": ours always does, once.
  const self = feedLinks.filter((l) => l.getAttribute("rel") === "self");
  if (self.length !== 1) fail("feed", `has ${self.length} self links, not one`);
  if (self[0] && self[0].getAttribute("type") !== "application/atom+xml") fail("feed", "the self link's type is not application/atom+xml");

  const entries = atom(feed, "entry");
  const ids = new Set<string>();
  let newest = -Infinity;
  for (const [i, entry] of entries.entries()) {
    const where = `entry ${i + 1}`;
    // §4.1.2 atom:entry
    const id = checkId(where, entry);
    if (id !== null) {
      if (ids.has(id)) fail(where, `atom:id "${id}" repeats an earlier entry's`);
      ids.add(id);
    }
    checkText(where, entry, "title", true);
    checkText(where, entry, "summary", false);
    checkText(where, entry, "rights", false);
    const updated = checkDate(where, entry, "updated", true);
    const published = checkDate(where, entry, "published", false);
    if (updated !== null) newest = Math.max(newest, updated);
    if (updated !== null && published !== null && published > updated) fail(where, "is published after it was updated");
    if (checkPeople(where, entry) === 0 && feedAuthors === 0 && atom(entry, "source").length === 0) fail(where, "has no author, and neither has the feed");
    const links = checkLinks(where, entry);
    const contents = atom(entry, "content");
    if (contents.length > 1) fail(where, "has more than one atom:content");
    if (contents.length === 0 && !links.some((l) => (l.getAttribute("rel") || "alternate") === "alternate")) fail(where, "has neither atom:content nor an alternate link");
    const content = contents[0];
    if (content && (content.getAttribute("src") || !["text", "html", "xhtml", null, ""].includes(content.getAttribute("type"))) && atom(entry, "summary").length === 0) {
      fail(where, "has out-of-line or non-text content but no atom:summary");
    }
    for (const category of atom(entry, "category")) if (!category.getAttribute("term")) fail(where, "an atom:category has no term");
  }
  // The feed's updated is "the most recent instant in time when the feed was modified in a way the publisher considers significant".
  if (feedUpdated !== null && entries.length > 0 && feedUpdated < newest) fail("feed", "atom:updated is older than its newest entry");
  return problems;
}
