import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { useFreshDatabase } from "../../tests/support/test-db";

// An instance that has just polled would not poll again for a minute on its own.
process.env.CACHE_TAG_POLL_MS = "60000";
const databaseFile = useFreshDatabase();
const { createTagStore } = await import("./tag-store.mjs");
const { startTagSync, syncExpiredTags, syncExpiredTagsNow } = await import("./tag-sync.mjs");

const otherInstance = createTagStore(`file:./${databaseFile.replace(/^\.\//, "")}`);
const applied: string[][] = [];
let holdApply: Promise<void> | null = null;
startTagSync(async (tags) => {
  applied.push(tags);
  await holdApply;
});

describe("a request from the HTTP cache in front sees every publish made before it", () => {
  test("even right after a poll, when other requests would not poll again yet", async () => {
    await syncExpiredTags(); // this instance's latest poll
    await otherInstance.expire(["notice-aure"], Date.now());
    await syncExpiredTags();
    assert.deepEqual(applied, [], "a browser's request within the poll interval does not wait for the database");
    await syncExpiredTagsNow();
    assert.deepEqual(applied, [["notice-aure"]]);
  });

  test("a poll already under way when the publish was written does not count", async () => {
    await otherInstance.expire(["notice-billund"], Date.now());
    let release!: () => void;
    holdApply = new Promise((resolve) => (release = resolve));
    const polling = syncExpiredTagsNow(); // reads notice-billund, then waits in apply
    await new Promise((r) => setTimeout(r, 20));
    await otherInstance.expire(["notice-oslo"], Date.now()); // written while that poll is under way
    const fromCache = syncExpiredTagsNow();
    release();
    holdApply = null;
    await Promise.all([polling, fromCache]);
    assert.deepEqual(applied.slice(1), [["notice-billund"], ["notice-oslo"]]);
  });
});
