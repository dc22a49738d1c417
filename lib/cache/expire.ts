import { revalidateTag, updateTag } from "next/cache";
import { purgeSurrogateKeys } from "./purge.mjs";
import { shareExpiredTags } from "./tag-sync.mjs";

/**
 * Expires cached public pages and data after a publish or a settings change: at once in this
 * instance (updateTag: the editor's next request reads the new version), through the database in
 * every other one (lib/cache/tag-sync.mjs), and in the HTTP caches in front (Varnish, by the same
 * tags as surrogate keys: lib/cache/purge.mjs). The purge comes last: a cache that fetches again
 * at once must find every instance told already. Only in server actions.
 */
export async function expirePublicTags(tags: string[]): Promise<void> {
  for (const tag of tags) updateTag(tag);
  await shareExpiredTags(tags);
  await purgeSurrogateKeys(tags);
}

/**
 * The same for a background job (a scheduled publish, a notice period ending), which runs in a
 * route handler (/api/internal/run-jobs), where updateTag is not allowed: revalidateTag with
 * `expire: 0` expires at once as updateTag does, so the next request renders anew.
 */
export async function expirePublicTagsFromJob(tags: string[]): Promise<void> {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  await shareExpiredTags(tags);
  await purgeSurrogateKeys(tags);
}
