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

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await shareExpiredTags(typeof tags === "string" ? [tags] : tags);
  }
}
