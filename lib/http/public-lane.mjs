// @ts-check
// Editors first: public page requests that the front cache could not answer reach Next a few at
// a time, in arrival order; everything else (the admin, its server actions and files, sign-in)
// goes straight through. Under 200 public connections the renders behind a publish would
// otherwise fill the one event loop, and every step of the editor's request would wait behind
// them. See docs/decisions/0030-editors-first.md.

import { LOCALES } from "./request-guard.mjs";

const ADMIN_PATH = new RegExp(`^/(?:${LOCALES.join("|")})/admin(?:[/?]|$)`);

/**
 * Whether the request is a reader's (public pages, embeds, feeds, the public API), as opposed
 * to an editor's or Next's own files.
 * @param {{ method?: string, url?: string }} req
 */
export function isPublicRead(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "/";
  return !url.startsWith("/_next/") && !ADMIN_PATH.test(url) && !url.startsWith("/api/auth");
}

/**
 * A limit on how many requests run at once; the rest wait their turn.
 * @param {number} limit
 */
export function createLane(limit) {
  let running = 0;
  /** @type {(() => void)[]} */
  const waiting = [];
  return {
    /**
     * Runs `task` once fewer than `limit` others are running.
     * @template T
     * @param {() => Promise<T>} task
     * @returns {Promise<T>}
     */
    async run(task) {
      if (running >= limit) await new Promise((resolve) => waiting.push(() => resolve(undefined)));
      else running++;
      try {
        return await task();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running--;
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
