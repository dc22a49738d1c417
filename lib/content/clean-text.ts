/*
 * Characters that must never reach a page, a feed or the API: C0 controls other than tab and
 * newline, DEL, C1 controls, Unicode noncharacters and lone surrogates. They are invisible to
 * editors (pasted from other programs), make HTML invalid and XML unparsable, and can hide
 * things from reviewers. Stripped when text is saved, and again when published data is read,
 * since older snapshots were saved before this rule.
 */
const UNWANTED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without unwanted characters; a carriage return before a newline goes, a lone one becomes a newline. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(UNWANTED, "");
}

/** Typed text shown again in a one-line field (a search, a refused address): cleaned, and on one line. */
export const cleanLine = (text: string) => cleanText(text).replace(/[\t\n]/g, " ");

/** Whether text would change on cleaning. */
export const hasUnwantedCharacters = (text: string) => cleanText(text) !== text;

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (!value || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * A copy of JSON-like data with every string cleaned (plain objects and arrays are copied;
 * anything else, such as a Date or an uploaded File, is kept as it is).
 */
export function cleanDeep<T>(value: T): T {
  if (typeof value === "string") return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanDeep) as T;
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, cleanDeep(v)])) as T;
  }
  return value;
}
