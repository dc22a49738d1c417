import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { useFreshDatabase } from "../../tests/support/test-db";

const databaseFile = useFreshDatabase();
const { createPrismaClient } = await import("../db/client");
const { createTagStore } = await import("./tag-store.mjs");

const url = `file:./${databaseFile.replace(/^\.\//, "")}`;
const app = createPrismaClient(url);
const store = createTagStore(url);
after(() => app.$disconnect());

describe("the SQLite tag store beside the app's own connection", () => {
  test("a publish shared while another save of this process is writing waits for that save, without stopping the process", async () => {
    let releaseSave!: () => void;
    const saveMayFinish = new Promise<void>((resolve) => (releaseSave = resolve));
    let saving!: () => void;
    const saveIsWriting = new Promise<void>((resolve) => (saving = resolve));
    const save = app.$transaction(async (tx) => {
      await tx.cacheInvalidation.create({ data: { tag: "save-in-progress", expiredAt: Date.now() } });
      saving();
      await saveMayFinish;
    });
    await saveIsWriting;

    const shared = store.expire(["notice-aure"], Date.now());
    // The process goes on serving while the tag waits: a timer still fires.
    const tick = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(Date.now() - tick < 1000, "the event loop was not held by the waiting write");
    releaseSave();
    await save;
    await shared;
    const rows = await store.expiredSince(0);
    assert.deepEqual(rows.map((row) => row.tag).sort(), ["notice-aure", "save-in-progress"]);
  });
});
