// @ts-check
// The finished bytes of public responses, kept in memory in front of Next.js.
//
// Next serves a cached page by turning its stored HTML into a string, hashing it for the ETag
// and encoding it again, and gzips it anew for every browser: for a 150 kB notice that is most
// of the time a request takes. This cache keeps the bytes Next sent (per URL and
// encoding) and sends them as they are. It holds only what Next itself serves from its cache —
// public, cacheable 200 responses — and is emptied whenever this instance expires a cache tag
// (its own publish, or one read from the database: lib/cache/tag-sync.mjs), so it can never be
// fresher or staler than Next's cache behind it. See docs/decisions/0010-front-cache.md.
//
// Requests for a page that is being rendered wait for that one render instead of starting their
// own (request collapsing): after a publish empties the cache, 200 connections would otherwise
// send 200 renders of the same pages to Next at once, and the editor's requests queue behind
// them. See docs/decisions/0030-editors-first.md.
import { acceptsGzip } from "../http/accept-encoding.mjs";
import { ifNoneMatchMatches } from "../http/conditional.mjs";
import { onTagsExpired } from "./tag-sync.mjs";
import { metrics } from "../metrics/registry.mjs";

const MAX_BYTES = Number(process.env.FRONT_CACHE_MAX_MB ?? 128) * 1024 * 1024;
/**
 * Public pages (without a query string: the directory's search is per request), embeds and API
 * reads (whose query string is part of the key); never the admin or sign-in.
 */
const CACHEABLE_PATH = /^\/(?:(?:nb|nn|da|en)(?:\/(?!admin(?:\/|$))[^/?]+)*|(?:embed|api\/v1)(?:\/[^/?]+)+(?:\?(?!.*\b_rsc=).*)?)$/;
/** Request headers that make Next answer something else than the page's HTML (client navigation). */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
/** Not stored: per connection, or said afresh when the entry is sent. */
const NOT_STORED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "x-nextjs-cache"]);

/** @typedef {{ status: number, headers: [string, string][], body: Buffer, etag: string | undefined }} Entry */

/** @type {Map<string, Entry>} in least recently used order */
const entries = new Map();
let bytes = 0;
/** Bumped on every expiry, so a response rendered before it is not stored after it. */
let generation = 0;
/**
 * Responses being rendered in this generation, by key: settled when the response is finished
 * (stored or not). A render that started before an expiry is no one's to wait for.
 * @type {Map<string, Promise<void>>}
 */
let rendering = new Map();
/** How long a request waits for another one's render before asking Next itself. */
const MAX_WAIT_MS = 10_000;

/** Drops every entry and forgets the renders under way: on an expiry here, or one the app's thread reports to the front thread. */
export function forgetEverything() {
  entries.clear();
  bytes = 0;
  generation++;
  rendering = new Map();
}

onTagsExpired(forgetEverything);

/**
 * @param {import("node:http").IncomingMessage} req
 * @returns {string | null} the key to store the response under, or null when it must not be cached
 */
export function cacheKey(req) {
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url || !CACHEABLE_PATH.test(req.url)) return null;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  const encoding = acceptsGzip(req.headers["accept-encoding"]) ? "gzip" : "identity";
  // The API negotiates JSON or JSON-LD by Accept. Host is no part of the key: every absolute URL
  // comes from PUBLIC_URL (lib/http/public-origin.mjs), so no answer depends on it, and a client
  // sending made-up Host headers cannot fill the cache with copies.
  const accept = req.url.startsWith("/api/") ? String(req.headers.accept ?? "") : "";
  return `${encoding} ${accept} ${req.url}`;
}

/**
 * Answers from the cache (returns true), or lets the response through to Next and keeps its
 * bytes when it may be cached (returns false: call Next's handler).
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export async function serveFromFrontCache(req, res) {
  const key = cacheKey(req);
  if (!key) return false;
  const entry = entries.get(key) ?? (await renderedByAnother(key));
  if (entry) {
    entries.delete(key);
    entries.set(key, entry);
    send(req, res, entry);
    metrics().frontCache.inc({ result: "hit" });
    return true;
  }
  metrics().frontCache.inc({ result: "miss" });
  if (req.method === "GET") keepWhenCacheable(key, res);
  return false;
}

/**
 * The entry another request is rendering for `key`, once it is stored; undefined when none is
 * being rendered, when it turned out not cacheable, or after MAX_WAIT_MS.
 * @param {string} key
 * @returns {Promise<Entry | undefined>}
 */
async function renderedByAnother(key) {
  const render = rendering.get(key);
  if (!render) return undefined;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  await Promise.race([render, new Promise((resolve) => (timer = setTimeout(resolve, MAX_WAIT_MS)))]);
  clearTimeout(timer);
  return entries.get(key);
}

/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {Entry} entry */
function send(req, res, entry) {
  const notModified = entry.etag !== undefined && ifNoneMatchMatches(req.headers["if-none-match"], entry.etag);
  const headers = notModified ? entry.headers.filter(([name]) => name !== "content-type" && name !== "content-encoding") : entry.headers;
  const extra = notModified ? ["x-front-cache", "HIT"] : ["x-front-cache", "HIT", "content-length", String(entry.body.length)];
  res.writeHead(notModified ? 304 : entry.status, [...headers.flat(), ...extra]);
  res.end(notModified || req.method === "HEAD" ? undefined : entry.body);
}

/** @param {string} key @param {import("node:http").ServerResponse} res */
function keepWhenCacheable(key, res) {
  const startedIn = generation;
  const settle = registerRender(key);
  /** @type {Buffer[]} */
  const chunks = [];
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  /** @param {unknown} chunk @param {unknown} [encoding] */
  const collect = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8")
          : Buffer.from(/** @type {Uint8Array} */ (chunk)),
    );
  };
  res.write = /** @type {any} */ (
    (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    }
  );
  res.end = /** @type {any} */ (
    (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
      collect(chunk, rest[0]);
      return end(chunk, ...rest);
    }
  );
  // Finished or not (the client went away), the waiters are let go: to the entry or to Next.
  res.once("close", settle);
  res.once("finish", () => {
    try {
      keep();
    } finally {
      settle();
    }
  });
  const keep = () => {
    if (generation !== startedIn || res.statusCode !== 200 || !isShareable(res)) return;
    // Stored only under the encoding it was sent in (a client may have preferred deflate).
    const sentEncoding = String(res.getHeader("content-encoding") ?? "identity");
    if (!key.startsWith(`${sentEncoding} `)) return;
    const body = Buffer.concat(chunks);
    const headers = /** @type {[string, string][]} */ (
      Object.entries(res.getHeaders())
        .filter(([name, value]) => !NOT_STORED.has(name) && value !== undefined)
        .map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : String(value)])
    );
    const etag = headers.find(([name]) => name === "etag")?.[1];
    store(key, { status: 200, headers, body, etag });
  };
}

/**
 * Marks `key` as being rendered (unless it already is: then this request renders on its own,
 * as a waiter that found no entry does) and returns what lets its waiters go.
 * @param {string} key
 * @returns {() => void}
 */
function registerRender(key) {
  const renders = rendering;
  if (renders.has(key)) return () => {};
  /** @type {(value: void) => void} */
  let resolve = () => {};
  const render = new Promise((r) => (resolve = r));
  renders.set(key, render);
  return () => {
    if (renders.get(key) === render) renders.delete(key);
    resolve();
  };
}

/** Only what any visitor may be sent: no cookies set, not private, not per request. */
function isShareable(/** @type {import("node:http").ServerResponse} */ res) {
  if (res.getHeader("set-cookie") !== undefined) return false;
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  if (!cacheControl || /no-store|no-cache|private/.test(cacheControl)) return false;
  // This is a shared cache: it follows s-maxage where there is one (public pages send
  // "max-age=0, s-maxage=…": browsers ask again, shared caches keep them), max-age otherwise.
  const lifetime = /\bs-maxage=(\d+)/.exec(cacheControl) ?? /(?:^|[\s,])max-age=(\d+)/.exec(cacheControl);
  if (lifetime && Number(lifetime[1]) === 0) return false;
  // A stale page is being re-rendered behind it; keep the fresh one instead.
  return res.getHeader("x-nextjs-cache") !== "STALE";
}

/** @param {string} key @param {Entry} entry */
function store(key, entry) {
  if (entry.body.length > MAX_BYTES / 16) return;
  const previous = entries.get(key);
  if (previous) bytes -= previous.body.length;
  entries.delete(key);
  entries.set(key, entry);
  bytes += entry.body.length;
  for (const [oldest, old] of entries) {
    if (bytes <= MAX_BYTES) break;
    entries.delete(oldest);
    bytes -= old.body.length;
  }
}
