import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { useFreshDatabase } from "../../tests/support/test-db";

process.env.CACHE_TAG_POLL_MS = "0"; // poll on every call, so the test need not wait
const databaseFile = useFreshDatabase();
const { createTagStore } = await import("./tag-store.mjs");
const { onTagsExpired, shareExpiredTags, startTagSync, syncExpiredTags } = await import("./tag-sync.mjs");

/** Another instance on the same database, as far as this one can tell: a row in the table. */
const otherInstance = createTagStore(`file:./${databaseFile.replace(/^\.\//, "")}`);
const expiredByListener: string[][] = [];
onTagsExpired((tags) => expiredByListener.push(tags));
/** What this instance asked Next to expire (server.mjs does it with revalidateTag over loopback). */
const applied: string[][] = [];
let failNext = false;

const started = Date.now();
await otherInstance.expire(["notice:before-build"], started - 60_000);
startTagSync(
  async (tags) => {
    if (failNext) {
      failNext = false;
      throw new Error("the instance could not be reached");
    }
    applied.push(tags);
  },
  { renderedSince: started - 30_000 },
);

describe("expired tags shared between instances", () => {
  test("what was published before the build is in its pages already and is not expired again", async () => {
    await syncExpiredTags(); // start-up poll
    assert.deepEqual(applied, []);
  });

  test("a publish through another instance expires the tag here, once", async () => {
    await otherInstance.expire(["notice:aure"], Date.now());
    await syncExpiredTags();
    assert.deepEqual(applied, [["notice:aure"]]);
    assert.deepEqual(expiredByListener.at(-1), ["notice:aure"]);

    // Polling again must not expire it again: that would re-render the page after every poll.
    await new Promise((r) => setTimeout(r, 5));
    await syncExpiredTags();
    assert.equal(applied.length, 1);
  });

  test("a later publish of the same organisation expires it again", async () => {
    await new Promise((r) => setTimeout(r, 5));
    await otherInstance.expire(["notice:aure"], Date.now());
    await syncExpiredTags();
    assert.deepEqual(applied.at(-1), ["notice:aure"]);
    assert.equal(applied.length, 2);
  });

  test("a tag this instance could not apply is tried again on the next poll", async () => {
    await new Promise((r) => setTimeout(r, 5));
    await otherInstance.expire(["notice:billund"], Date.now());
    failNext = true;
    await syncExpiredTags();
    assert.equal(applied.length, 2, "nothing applied while the instance could not be reached");
    await syncExpiredTags();
    assert.deepEqual(applied.at(-1), ["notice:billund"]);
  });

  test("this instance's own publish is written for the others and not applied twice here", async () => {
    const notified = expiredByListener.length;
    await shareExpiredTags(["notice:oslo", "directory"]);
    assert.deepEqual(expiredByListener.at(-1), ["notice:oslo", "directory"], "the front cache hears of it at once");
    const rows = await otherInstance.expiredSince(0);
    assert.ok(rows.some((row) => row.tag === "notice:oslo") && rows.some((row) => row.tag === "directory"));
    const before = applied.length;
    await syncExpiredTags();
    assert.equal(applied.length, before, "its own rows are not applied again by the poll");
    assert.equal(expiredByListener.length, notified + 1);
  });
});
