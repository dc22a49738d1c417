import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, test } from "node:test";
import { useFreshDatabase } from "../../tests/support/test-db";

process.env.CACHE_TAG_POLL_MS = "0"; // poll on every call, so the test need not wait
const databaseFile = useFreshDatabase();
const { createTagStore } = await import("./tag-store.mjs");
const { onTagsExpired, shareExpiredTags, syncExpiredTags } = await import("./tag-sync.mjs");
const { tagsManifest } = createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/tags-manifest.external.js") as {
  tagsManifest: Map<string, { expired?: number }>;
};

/** Another instance on the same database, as far as this one can tell: a row in the table. */
const otherInstance = createTagStore(`file:./${databaseFile.replace(/^\.\//, "")}`);
const expiredByListener: string[][] = [];
onTagsExpired((tags) => expiredByListener.push(tags));

describe("expired tags shared between instances", () => {
  test("a publish through another instance expires the tag here, once", async () => {
    await syncExpiredTags(); // start-up poll
    const before = Date.now();
    await otherInstance.expire(["notice:aure"], Date.now());
    await syncExpiredTags();
    const expired = tagsManifest.get("notice:aure")?.expired;
    assert.ok(expired !== undefined && expired >= before, "notice:aure is expired in this instance");
    assert.deepEqual(expiredByListener.at(-1), ["notice:aure"]);

    // Polling again must not expire it again: that would re-render the page after every poll.
    const notified = expiredByListener.length;
    await new Promise((r) => setTimeout(r, 5));
    await syncExpiredTags();
    assert.equal(tagsManifest.get("notice:aure")?.expired, expired);
    assert.equal(expiredByListener.length, notified);
  });

  test("a later publish of the same organisation expires it again", async () => {
    const first = tagsManifest.get("notice:aure")?.expired ?? 0;
    await new Promise((r) => setTimeout(r, 5));
    await otherInstance.expire(["notice:aure"], Date.now());
    await syncExpiredTags();
    assert.ok((tagsManifest.get("notice:aure")?.expired ?? 0) > first);
  });

  test("this instance's own publish is written for the others and not applied twice here", async () => {
    await shareExpiredTags(["notice:oslo", "directory"]);
    const rows = await otherInstance.expiredSince(0);
    assert.ok(rows.some((row) => row.tag === "notice:oslo") && rows.some((row) => row.tag === "directory"));
    const notified = expiredByListener.length;
    await syncExpiredTags();
    assert.equal(expiredByListener.length, notified, "its own rows are not applied again by the poll");
  });
});
