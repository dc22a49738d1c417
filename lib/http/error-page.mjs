// @ts-check
// The answers server.mjs gives itself (lib/http/request-guard.mjs): a small complete page in the
// language of the path for people, RFC 9457 problem+json for the API.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { localeOf, pathKind } from "./request-guard.mjs";
import { namesHeader } from "./write-head.mjs";

const CODES = /** @type {const} */ ({
  400: "badRequest",
  403: "forbidden",
  404: "notFound",
  405: "methodNotAllowed",
  413: "payloadTooLarge",
  431: "headersTooLarge",
  500: "serverError",
});
const TITLES = {
  400: "Bad Request",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  413: "Content Too Large",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
};
const STYLE = "body{font:1rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}a{color:#1f4e8c}";
const STYLE_HASH = `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`;

/** @type {Map<string, any>} */
const messages = new Map();
function textsFor(/** @type {string} */ locale) {
  if (!messages.has(locale)) {
    const all = JSON.parse(readFileSync(join(process.cwd(), "messages", `${locale}.json`), "utf8"));
    messages.set(locale, { ...all.httpError, notFound: all.notFound, serverError: { title: all.errorPage.title, text: all.errorPage.text } });
  }
  return messages.get(locale);
}

const escape = (/** @type {string} */ text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {{ status: 400 | 403 | 404 | 405 | 413 | 431 | 500, allow?: string }} verdict
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
  const { headers, body } = errorResponseFor({ status }, url);
  const head = Object.entries({ ...headers, "Content-Length": String(Buffer.byteLength(body)), Connection: "close" })
    .map(([name, value]) => `${name}: ${value}`)
    .join("\r\n");
  return `HTTP/1.1 ${status} ${TITLES[status]}\r\n${head}\r\n\r\n${body}`;
}

/**
 * errorResponse for the address asked for: in its path's language, and a problem under /api.
 * @param {Parameters<typeof errorResponse>[0]} verdict @param {string} url
 */
export function errorResponseFor(verdict, url) {
  return errorResponse(verdict, { locale: localeOf(url), api: pathKind(url.split("?")[0] ?? "/") === "api" });
}

/**
 * Sends errorResponseFor's answer (no body to a HEAD request).
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {Parameters<typeof errorResponse>[0]} verdict
 */
export function refuse(req, res, verdict) {
  const { status, headers, body } = errorResponseFor(verdict, req.url ?? "/");
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * A failure Next answers with an empty 500 (a route handler that threw, e.g. while the database
 * is away) gets a body: the page in the path's language, or a problem from the API. Decided when
 * the headers go out: a 5xx without a Content-Type is such an answer; whatever Next writes after
 * it (nothing, or an empty chunk) is replaced. Answers with a type of their own are left alone.
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
 */
export function withErrorPage(req, res) {
  /** @type {string | null} */
  let replacement = null;
  const writeHead = res.writeHead;
  /** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
    const status = typeof args[0] === "number" ? args[0] : res.statusCode;
    if (status >= 500 && !res.hasHeader("content-type") && !args.slice(1).some((headers) => namesHeader(headers, "content-type"))) {
      const { headers, body } = errorResponseFor({ status: 500 }, req.url ?? "/");
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.removeHeader("transfer-encoding");
      res.setHeader("Content-Length", req.method === "HEAD" ? 0 : Buffer.byteLength(body));
      replacement = req.method === "HEAD" ? "" : body;
    }
    return writeHead.apply(res, /** @type {any} */ (args));
  };
  const write = res.write;
  /** @type {any} */ (res).write = function (/** @type {any[]} */ ...args) {
    if (replacement === null) return write.apply(res, /** @type {any} */ (args));
    const done = args.find((arg) => typeof arg === "function");
    if (done) process.nextTick(done);
    return true;
  };
  const end = res.end;
  /** @type {any} */ (res).end = function (/** @type {any[]} */ ...args) {
    if (!res.headersSent && res.statusCode >= 500 && !res.hasHeader("content-type")) res.writeHead(res.statusCode);
    if (replacement === null) return end.apply(res, /** @type {any} */ (args));
    const body = replacement;
    replacement = "";
    return end.call(
      res,
      body,
      args.find((arg) => typeof arg === "function"),
    );
  };
}
