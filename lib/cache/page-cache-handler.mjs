// @ts-check
// Next's own page cache (memory + .next files), plus expired tags shared through the database.
import { createRequire } from "node:module";
import { shareExpiredTags, syncExpiredTags } from "./tag-sync.mjs";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

export default class SharedTagsPageCache extends FileSystemCache {
  /** @param {any[]} args */
  async get(...args) {
    await syncExpiredTags();
    return super.get(...args);
  }

  /**
   * Answers other than 200 (a page for an address nobody published) are rendered again when
   * asked for: stored, every random address would leave a file on disk for good.
   * @param {string} key @param {any} data @param {any} ctx
   */
  async set(key, data, ctx) {
    if (data && typeof data.status === "number" && data.status !== 200) return;
    return super.set(key, data, ctx);
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await shareExpiredTags(typeof tags === "string" ? [tags] : tags);
  }
}
