// @ts-check
// Next's default in-memory "use cache" handler, made to see tags expired by other instances.
import { createRequire } from "node:module";
import { syncExpiredTags } from "./tag-sync.mjs";

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default.js");

const MAX_MEMORY_BYTES = 50 * 1024 * 1024;
const inner = createDefaultCacheHandler(MAX_MEMORY_BYTES);

/**
 * Next's handler with one change: `refreshTags`, called once per request before its first
 * "use cache" read, applies tags other instances expired. Sharing this instance's publishes is
 * the page cache handler's job; Next tells both of every update.
 * @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler}
 */
const handler = { ...inner, refreshTags: () => syncExpiredTags() };

export default handler;
