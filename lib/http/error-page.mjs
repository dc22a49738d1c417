// @ts-check
// The answers server.mjs gives itself (lib/http/request-guard.mjs): a small complete page in the
// language of the path for people, RFC 9457 problem+json for the API.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { localeOf } from "./request-guard.mjs";

const CODES = /** @type {const} */ ({ 400: "badRequest", 403: "forbidden", 404: "notFound", 405: "methodNotAllowed", 413: "payloadTooLarge", 431: "headersTooLarge" });
const TITLES = { 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 413: "Content Too Large", 431: "Request Header Fields Too Large" };
const STYLE = "body{font:1rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}a{color:#1f4e8c}";
const STYLE_HASH = `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`;

/** @type {Map<string, any>} */
const messages = new Map();
function textsFor(/** @type {string} */ locale) {
  if (!messages.has(locale)) {
    const all = JSON.parse(readFileSync(join(process.cwd(), "messages", `${locale}.json`), "utf8"));
    messages.set(locale, { ...all.httpError, notFound: all.notFound });
  }
  return messages.get(locale);
}

const escape = (/** @type {string} */ text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {{ status: 400 | 403 | 404 | 405 | 413 | 431, allow?: string }} verdict
 * @param {{ locale: string, api: boolean }} where
 * @returns {{ status: number, headers: Record<string, string>, body: string }}
 */
export function errorResponse(verdict, { locale, api }) {
  const headers = /** @type {Record<string, string>} */ ({ "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
  if (verdict.allow) headers.Allow = verdict.allow;
  if (api) {
    headers["Content-Type"] = "application/problem+json";
    headers["Access-Control-Allow-Origin"] = "*";
    const body = { type: "about:blank", title: TITLES[verdict.status], status: verdict.status };
    return { status: verdict.status, headers, body: JSON.stringify(body) };
  }
  const t = textsFor(locale)[CODES[verdict.status]];
  const home = textsFor(locale).backHome;
  headers["Content-Type"] = "text/html; charset=utf-8";
  headers["Content-Security-Policy"] = `default-src 'none'; style-src ${STYLE_HASH}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t.title)} – Klartekst</title><style>${STYLE}</style></head><body><main><h1>${escape(t.title)}</h1><p>${escape(t.text)}</p><p><a href="/${locale}">${escape(home)}</a></p></main></body></html>`;
  return { status: verdict.status, headers, body };
}

/**
 * The same answer as raw HTTP for a request Node's parser refused before any handler saw it (an
 * unknown method, a request line or headers over the limit, a malformed request line): Node's
 * own answer is a bare status line. `rawPacket` is what was read of the request, for the path's
 * language; the connection is closed after it, as the rest of the request cannot be read.
 * @param {{ code?: string, rawPacket?: Buffer }} error
 * @returns {string}
 */
export function parserErrorResponse(error) {
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "HPE_CHUNK_EXTENSIONS_OVERFLOW" ? 413 : 400;
  const target = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ (\S+)/.exec(error.rawPacket?.subarray(0, 2048).toString("latin1") ?? "")?.[1] ?? "/";
  const url = target.startsWith("/") ? target : "/";
  const { headers, body } = errorResponse({ status }, { locale: localeOf(url), api: /^\/api(?:[/?]|$)/.test(url) });
  const head = Object.entries({ ...headers, "Content-Length": String(Buffer.byteLength(body)), Connection: "close" })
    .map(([name, value]) => `${name}: ${value}`)
    .join("\r\n");
  return `HTTP/1.1 ${status} ${TITLES[status]}\r\n${head}\r\n\r\n${body}`;
}
