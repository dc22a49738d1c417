import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { Worker } from "node:worker_threads";
import { lowerThisThreadsPriority } from "./thread-priority.mjs";

/** A thread's nice value as Linux reports it: field 19 of its stat, counted after the command name. */
function niceValueOf(threadId: number) {
  const stat = readFileSync(`/proc/${process.pid}/task/${threadId}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
}

const lowerInWorker = (niceness: number) =>
  new Promise<number | null>((resolve, reject) => {
    const moduleUrl = new URL("./thread-priority.mjs", import.meta.url).href;
    const worker = new Worker(
      `import(${JSON.stringify(moduleUrl)}).then(({ lowerThisThreadsPriority }) => { require("node:worker_threads").parentPort.postMessage(lowerThisThreadsPriority(${niceness})); setTimeout(() => {}, 2000); });`,
      { eval: true },
    );
    worker.once("message", (threadId: number | null) => {
      // Read while the thread is alive: its /proc entry goes with it.
      resolve(threadId);
      setTimeout(() => void worker.terminate(), 200);
    });
    worker.once("error", reject);
  });

test("a worker thread lowers its own priority and only its own", { skip: process.platform !== "linux" }, async () => {
  const before = niceValueOf(process.pid);
  const threadId = await lowerInWorker(7);
  assert.ok(threadId !== null && threadId !== process.pid);
  assert.equal(niceValueOf(threadId), Math.max(7, before));
  assert.equal(niceValueOf(process.pid), before, "the main thread keeps its priority");
});

test("niceness 0 changes nothing; out of range is an error", () => {
  assert.equal(lowerThisThreadsPriority(0), null);
  assert.throws(() => lowerThisThreadsPriority(20), /0–19/);
  assert.throws(() => lowerThisThreadsPriority(-1), /0–19/);
});
