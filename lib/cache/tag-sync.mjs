// @ts-check
// Keeps every app instance's cache in step with publishes made through any instance.
//
// Next.js keeps expired tags in a per-process map (its "tags manifest"): `updateTag` on the
// instance that publishes drops that instance's pages only. Here a publish also writes the tags
// to the database, and every instance polls the database (at most every POLL_MS, on the way
// into a cache read) and marks newly expired tags in its own manifest, so pages rendered before
// the publish are re-rendered on their next request. See docs/decisions/0009-several-instances.md.
import { createRequire } from "node:module";
import { databaseUrl } from "../db/url.mjs";
import { log } from "../log/log.mjs";
import { createTagStore } from "./tag-store.mjs";

const require = createRequire(import.meta.url);
/** @type {{ tagsManifest: Map<string, { expired?: number, stale?: number }> }} */
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

export const POLL_MS = Number(process.env.CACHE_TAG_POLL_MS ?? 500);
/** Rows are read again for this long, so a publish from an instance whose clock is a little behind is not missed. */
const CLOCK_SKEW_MS = 10_000;

/**
 * One state per process, even if Next loads this module once per handler kind.
 * @type {{ store: import("./tag-store.mjs").TagStore | null, lastPoll: number, polling: Promise<void> | null, applied: Map<string, number>, newest: number, started: boolean, failures: number, listeners: Set<(tags: string[]) => void> }}
 */
const state = /** @type {any} */ (globalThis)[Symbol.for("klartekst.tagSync")] ??= {
  store: null,
  lastPoll: 0,
  polling: null,
  applied: new Map(),
  newest: 0,
  started: false,
  failures: 0,
  listeners: new Set(),
};

/** Called with the tags whenever this instance expires some: its own publishes and others'. */
export function onTagsExpired(/** @type {(tags: string[]) => void} */ listener) {
  state.listeners.add(listener);
}

function notify(/** @type {string[]} */ tags) {
  if (tags.length) for (const listener of state.listeners) listener(tags);
}

function store() {
  state.store ??= createTagStore(databaseUrl());
  return state.store;
}

/** Records a publish's expired tags for the other instances. */
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

/** Applies tags other instances expired since the last poll; waits at most for one query. */
export function syncExpiredTags() {
  if (Date.now() - state.lastPoll < POLL_MS) return state.polling ?? Promise.resolve();
  state.lastPoll = Date.now();
  state.polling = poll().finally(() => (state.polling = null));
  return state.polling;
}

async function poll() {
  const firstPoll = !state.started;
  try {
    const rows = await store().expiredSince(state.newest - CLOCK_SKEW_MS);
    const now = Date.now();
    const expired = [];
    for (const { tag, expiredAt } of rows) {
      state.newest = Math.max(state.newest, expiredAt);
      if ((state.applied.get(tag) ?? 0) >= expiredAt) continue;
      state.applied.set(tag, expiredAt);
      // At start-up the publish time is right: the only pages are files written earlier. Later,
      // this instance may have rendered a page from stale data after the publish but before this
      // poll, so everything rendered until now is expired.
      tagsManifest.set(tag, { ...tagsManifest.get(tag), expired: firstPoll ? expiredAt : now });
      expired.push(tag);
    }
    notify(expired);
    state.started = true;
    state.failures = 0;
  } catch (error) {
    // Keep serving from cache: a database hiccup must not take the public pages down.
    if (state.failures++ % 20 === 0) log.error("could not read expired cache tags", { error });
  }
}
