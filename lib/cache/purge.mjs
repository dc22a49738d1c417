// @ts-check
// The purge client: tells HTTP caches in front of the app (Varnish with the xkey module,
// deploy/varnish/klartekst.vcl) to drop the answers made from cache tags a publish or a settings
// change expired (lib/cache/expire.ts), by their surrogate keys (lib/cache/surrogate-keys.mjs).
//
// - CACHE_PURGE_URLS: one or more cache addresses ("http://10.0.0.5:6081 http://10.0.0.6:6081");
//   each gets `PURGE /` with the keys in `xkey-purge`. Unset: nothing to purge.
// - A purge that fails (no answer within CACHE_PURGE_TIMEOUT_MS, or not 2xx) is retried with
//   growing waits (CACHE_PURGE_RETRY_MS doubled up to a minute) until that cache takes it; the
//   keys wait meanwhile, failures are logged and /api/health reports them (purgeStatus()).
// - Every purge is sent again CACHE_PURGE_REPEAT_MS later: an answer the cache was fetching
//   while the publish committed (so rendered before it) may have been stored after the first.
// The caller waits for the first try only; the rest happens in the background of this instance.
// Docs: docs/decisions/0020-http-cache-in-front.md.
import { log } from "../log/log.mjs";
import { metrics } from "../metrics/registry.mjs";

/** Keys per request: Varnish's default limit for one header line is 8 kB. */
const MAX_HEADER_LENGTH = 4000;
const MAX_RETRY_WAIT_MS = 60_000;

/**
 * @typedef {{
 *   url: string, pending: Set<string>, sending: boolean, retryTimer: NodeJS.Timeout | null, failures: number,
 *   lastPurgedAt: string | null, lastFailedAt: string | null, lastError: string | null,
 * }} Target
 */

/**
 * The cache addresses in CACHE_PURGE_URLS (commas or spaces between them). Throws on one that is
 * not an http(s) URL, so a typo stops the server at start instead of leaving caches stale.
 * @param {string | undefined} value
 * @returns {string[]}
 */
export function parsePurgeUrls(value) {
  return (value ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      let url;
      try {
        url = new URL(entry);
      } catch {
        throw new Error(`CACHE_PURGE_URLS: "${entry}" is not a URL (e.g. http://127.0.0.1:6081)`);
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`CACHE_PURGE_URLS: "${entry}" must be http(s)`);
      return url.href;
    });
}

const settings = () => ({
  timeoutMs: Number(process.env.CACHE_PURGE_TIMEOUT_MS ?? 2000),
  retryMs: Number(process.env.CACHE_PURGE_RETRY_MS ?? 500),
  repeatMs: Number(process.env.CACHE_PURGE_REPEAT_MS ?? 2000),
});

/** One state per process (server actions and route handlers may load their own copy of this module). */
const shared = /** @type {Record<symbol, any>} */ (/** @type {unknown} */ (globalThis));
const state = /** @type {{ targets: Target[] | null }} */ (shared[Symbol.for("klartekst.purge")] ??= { targets: null });

/** @returns {Target[]} */
function targets() {
  state.targets ??= parsePurgeUrls(process.env.CACHE_PURGE_URLS).map((url) => ({
    url,
    pending: new Set(),
    sending: false,
    retryTimer: null,
    failures: 0,
    lastPurgedAt: null,
    lastFailedAt: null,
    lastError: null,
  }));
  return state.targets;
}

/** Splits keys into lists whose header stays under the limit. @param {string[]} keys */
function batches(keys) {
  /** @type {string[][]} */
  const out = [];
  let current = /** @type {string[]} */ ([]);
  let length = 0;
  for (const key of keys) {
    if (current.length && length + key.length + 1 > MAX_HEADER_LENGTH) {
      out.push(current);
      current = [];
      length = 0;
    }
    current.push(key);
    length += key.length + 1;
  }
  if (current.length) out.push(current);
  return out;
}

/** @param {Target} target @param {string[]} keys */
async function send(target, keys) {
  const response = await fetch(target.url, { method: "PURGE", headers: { "xkey-purge": keys.join(" ") }, signal: AbortSignal.timeout(settings().timeoutMs) });
  await response.arrayBuffer().catch(() => {});
  if (!response.ok) throw new Error(`answered ${response.status} ${response.statusText}`);
}

/** Sends what is pending for one cache; on failure keeps it pending and tries again later. @param {Target} target */
async function flush(target) {
  if (target.sending || target.pending.size === 0) return;
  target.sending = true;
  const keys = [...target.pending];
  try {
    for (const batch of batches(keys)) await send(target, batch);
    for (const key of keys) target.pending.delete(key);
    if (target.failures > 0) log.info("cache purge works again", { cache: target.url, failedAttempts: target.failures });
    target.failures = 0;
    target.lastPurgedAt = new Date().toISOString();
    target.lastError = null;
  } catch (error) {
    target.failures++;
    metrics().purgeFailures.inc();
    target.lastFailedAt = new Date().toISOString();
    target.lastError = error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ""}` : String(error);
    if (target.failures === 1 || target.failures % 10 === 0) {
      log.error("cache purge failed; the cache serves the old version of these pages until it succeeds", { cache: target.url, keys, attempt: target.failures, error: target.lastError });
    }
    scheduleRetry(target);
  } finally {
    target.sending = false;
  }
  // Keys added while this request was under way.
  if (target.failures === 0 && target.pending.size > 0) await flush(target);
}

/** @param {Target} target */
function scheduleRetry(target) {
  if (target.retryTimer) return;
  const wait = Math.min(settings().retryMs * 2 ** (target.failures - 1), MAX_RETRY_WAIT_MS);
  target.retryTimer = setTimeout(() => {
    target.retryTimer = null;
    void flush(target);
  }, wait);
  target.retryTimer.unref();
}

/** @param {string[]} keys */
function purgeNow(keys) {
  return Promise.all(
    targets().map((target) => {
      for (const key of keys) target.pending.add(key);
      // While a retry is scheduled the cache is failing: the keys wait for it.
      return target.retryTimer ? undefined : flush(target);
    }),
  );
}

/**
 * Purges the answers tagged with any of `keys` from every configured cache, now and once more
 * a moment later. Resolves after the first try (never rejects: failures are retried and logged).
 * @param {string[]} keys
 */
export async function purgeSurrogateKeys(keys) {
  if (keys.length === 0 || targets().length === 0) return;
  await purgeNow(keys);
  const { repeatMs } = settings();
  if (repeatMs > 0) setTimeout(() => void purgeNow(keys), repeatMs).unref();
}

/**
 * For /api/health: "off" without caches to purge; "failing" while any cache has keys waiting
 * for a purge that did not go through.
 */
export function purgeStatus() {
  const list = targets();
  if (list.length === 0) return { status: /** @type {const} */ ("off") };
  const caches = list.map((t) => ({
    url: t.url,
    status: t.failures > 0 ? "failing" : "ok",
    ...(t.failures > 0 && { failedAttempts: t.failures, lastError: t.lastError, lastFailedAt: t.lastFailedAt, waitingKeys: [...t.pending].slice(0, 50) }),
    lastPurgedAt: t.lastPurgedAt,
  }));
  return { status: caches.some((c) => c.status === "failing") ? /** @type {const} */ ("failing") : /** @type {const} */ ("ok"), caches };
}
