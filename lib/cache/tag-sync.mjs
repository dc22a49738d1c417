// @ts-check
// Keeps every app instance's caches in step with publishes made through any instance.
//
// A publish expires its cache tags in the instance that publishes (updateTag, in the server
// action) and writes them to the database (table "CacheInvalidation", lib/cache/tag-store.mjs).
// Every instance polls that table — at most every POLL_MS, on the way into a request — and has
// tags it has not seen expired in its own Next.js caches through the documented API
// (revalidateTag, in an internal route handler the server calls over loopback: see server.mjs),
// and empties its front cache. Nothing here reaches into Next.js. See
// docs/decisions/0009-several-instances.md and 0013-public-pages-without-framework.md.
import { databaseUrl } from "../db/url.mjs";
import { log } from "../log/log.mjs";
import { createTagStore } from "./tag-store.mjs";

export const POLL_MS = Number(process.env.CACHE_TAG_POLL_MS ?? 500);
/** Rows are read again for this long, so a publish from an instance whose clock is a little behind is not missed. */
const CLOCK_SKEW_MS = 10_000;

const shared = /** @type {Record<symbol, any>} */ (/** @type {unknown} */ (globalThis));

/**
 * One state per process, even when a module copy is bundled into Next's server code as well
 * as loaded by server.mjs.
 * @type {{
 *   store: import("./tag-store.mjs").TagStore | null, lastPoll: number, polling: Promise<void> | null,
 *   applied: Map<string, number>, newest: number, failures: number,
 *   listeners: Set<(tags: string[]) => void>, apply: ((tags: string[]) => Promise<void>) | null, since: number,
 *   nextPoll: Promise<void> | null,
 * }}
 */
const state = (shared[Symbol.for("klartekst.tagSync")] ??= {
  store: null,
  lastPoll: 0,
  polling: null,
  applied: new Map(),
  newest: 0,
  failures: 0,
  listeners: new Set(),
  apply: null,
  since: 0,
  nextPoll: null,
});

/** Called with the tags whenever this instance expires some: its own publishes and others'. */
export function onTagsExpired(/** @type {(tags: string[]) => void} */ listener) {
  state.listeners.add(listener);
}

/**
 * How this instance expires tags in Next's caches (server.mjs: a loopback request to a route
 * handler calling revalidateTag), and since when its pages were rendered: rows older than
 * `renderedSince` (the build) are in the prerendered pages already.
 * @param {(tags: string[]) => Promise<void>} apply @param {{ renderedSince?: number }} [options]
 */
export function startTagSync(apply, { renderedSince = 0 } = {}) {
  state.apply = apply;
  state.since = renderedSince;
}

function notify(/** @type {string[]} */ tags) {
  if (tags.length) for (const listener of state.listeners) listener(tags);
}

function store() {
  state.store ??= createTagStore(databaseUrl());
  return state.store;
}

/** Records this instance's publish for the others (its own caches were expired by updateTag). */
export async function shareExpiredTags(/** @type {string[]} */ tags) {
  if (tags.length === 0) return;
  notify(tags);
  const at = Date.now();
  try {
    await store().expire(tags, at);
    for (const tag of tags) state.applied.set(tag, at); // this instance has expired them already
  } catch (error) {
    log.error("could not share expired cache tags; other instances will serve the old version", { error, tags });
  }
}

/** Applies tags other instances expired since the last poll; waits at most for one poll. */
export function syncExpiredTags() {
  if (!state.apply) return Promise.resolve();
  if (Date.now() - state.lastPoll < POLL_MS) return state.polling ?? Promise.resolve();
  return startPoll();
}

function startPoll() {
  state.lastPoll = Date.now();
  state.polling = poll().finally(() => (state.polling = null));
  return state.polling;
}

/**
 * Applies every tag expired before this call, however recently this instance polled: waits for a
 * poll that starts after it (one for all callers waiting at the same time). For requests from an
 * HTTP cache in front (server.mjs), which keeps what it is sent until the next purge: a publish
 * purges it right after writing its tags, and the cache's next fetch must not get the old page
 * from an instance that has not polled since.
 */
export function syncExpiredTagsNow() {
  if (!state.apply) return Promise.resolve();
  state.nextPoll ??= (state.polling ?? Promise.resolve()).then(() => {
    state.nextPoll = null;
    return startPoll();
  });
  return state.nextPoll;
}

async function poll() {
  try {
    const rows = await store().expiredSince(Math.max(state.newest - CLOCK_SKEW_MS, state.since));
    const fresh = rows.filter(({ tag, expiredAt }) => (state.applied.get(tag) ?? 0) < expiredAt);
    if (fresh.length > 0) {
      const tags = [...new Set(fresh.map((row) => row.tag))];
      await /** @type {(tags: string[]) => Promise<void>} */ (state.apply)(tags);
      for (const { tag, expiredAt } of fresh) state.applied.set(tag, Math.max(state.applied.get(tag) ?? 0, expiredAt));
      notify(tags);
    }
    for (const { expiredAt } of rows) state.newest = Math.max(state.newest, expiredAt);
    state.failures = 0;
  } catch (error) {
    // Keep serving from cache: a database hiccup must not take the public pages down. The rows
    // are read again on the next poll, since neither `applied` nor `newest` moved.
    if (state.failures++ % 20 === 0) log.error("could not apply cache tags expired by other instances", { error });
  }
}
