// @ts-check
// Next's default in-memory "use cache" handler, made to see tags expired by other instances.
import { createRequire } from "node:module";
import { syncExpiredTags } from "./tag-sync.mjs";

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default.js");

const MAX_MEMORY_BYTES = 50 * 1024 * 1024;
const inner = createDefaultCacheHandler(MAX_MEMORY_BYTES);

/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
const handler = {
  get: (key, softTags) => inner.get(key, softTags),
  set: (key, entry) => inner.set(key, entry),
  // Called once per request before its first "use cache" read.
  refreshTags: () => syncExpiredTags(),
  getExpiration: (tags) => inner.getExpiration(tags),
  // The page cache handler shares publishes with other instances; both are told of every update.
  updateTags: (tags, durations) => inner.updateTags(tags, durations),
};

export default handler;
