// Render time and SQL queries of a notice page that is not in the cache. The page's tag is
// expired through the same shared tag table a publish writes (lib/cache/tag-store.mjs), so the
// next request renders the page from the database, as after a real publish.
import { createTagStore } from "../../lib/cache/tag-store.mjs";
import { noticeTag } from "../../lib/cache/tags.mjs";
import { POLL_MS } from "../../lib/cache/tag-sync.mjs";
import type { RunningServer } from "./next-server";

export type UncachedRender = { slug: string; ms: number; queries: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Needs a server started with LOG_SQL=1, which logs one JSON line per SQL query. */
export async function measureUncachedRenders(server: RunningServer, databaseUrl: string, pages: { slug: string; locale: string }[], rounds: number) {
  const store = createTagStore(databaseUrl);
  const results: UncachedRender[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const { slug, locale } of pages) {
      const url = `${server.url}/${locale}/${slug}`;
      await (await fetch(url)).text(); // cached now, whatever came before
      await store.expire([noticeTag(slug)], Date.now());
      await sleep(POLL_MS + 200); // the server reads expired tags at most every POLL_MS
      const firstLine = server.lines.length;
      const started = performance.now();
      const response = await fetch(url);
      await response.text();
      const ms = performance.now() - started;
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      await sleep(50); // log lines written before the response ended are in the pipe by now
      const queries = server.lines.slice(firstLine).filter((line) => line.includes('"msg":"sql"')).length;
      results.push({ slug, ms, queries });
    }
  }
  return results;
}
