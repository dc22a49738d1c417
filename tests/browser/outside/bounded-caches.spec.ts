import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/bench/next-server";

/*
 * Random addresses must not fill the caches. Every answer for an address nobody published (a
 * 404) is rendered again when asked for instead of being stored, so 1 000 of them leave the
 * disk as it was. Memory caches are LRU-bounded (front cache FRONT_CACHE_MAX_MB, Next's page and
 * data caches 50 MB each) and keep no page per unknown address: the stated bound here is that
 * what the server keeps after garbage collection (heap and buffers) grows by less than 8 MB.
 */
const PORT = Number(process.env.KLARTEKST_TEST_PORT ?? 3123) + 18;
const DISK_BOUND = 64 * 1024;
const MEMORY_BOUND = 8 * 1024 * 1024;
const REPORT = join(mkdtempSync(join(tmpdir(), "klartekst-heap-")), "heap.json");

function disk(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = disk(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

/** What the server keeps after garbage collection: its heap and the buffers outside it. */
async function retained(pid: number): Promise<number> {
  rmSync(REPORT, { force: true });
  process.kill(pid, "SIGUSR2");
  await expect.poll(() => existsSync(REPORT), { timeout: 10_000 }).toBe(true);
  await new Promise((r) => setTimeout(r, 100)); // written whole
  const usage = JSON.parse(readFileSync(REPORT, "utf8")) as NodeJS.MemoryUsage;
  return usage.heapUsed + usage.external;
}

const word = (i: number) => `x${i.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const SHAPES = [
  (i: number) => `/nb/${word(i)}`,
  (i: number) => `/nn/${word(i)}/${word(i)}`,
  (i: number) => `/nb/aure/${word(i)}`,
  (i: number) => `/da/${word(i)}/versions`,
  (i: number) => `/nb/aure/versions/${1000 + i}`,
  (i: number) => `/nb/aure/versions/${1000 + i}/changes`,
  (i: number) => `/embed/${word(i)}/nb`,
  (i: number) => `/embed/aure/nb/${word(i)}`,
  (i: number) => `/api/v1/organisations/${word(i)}`,
  (i: number) => `/en/${word(i)}/${word(i)}/${word(i)}/${word(i)}`,
];

async function requestUnknown(url: string, from: number, count: number) {
  const paths = Array.from({ length: count }, (_, i) => SHAPES[(from + i) % SHAPES.length]!(from + i));
  for (let i = 0; i < paths.length; i += 20) {
    const statuses = await Promise.all(paths.slice(i, i + 20).map(async (path) => (await fetch(`${url}${path}`)).status));
    expect(
      statuses.every((s) => s === 404),
      paths.slice(i, i + 20).join(" "),
    ).toBe(true);
  }
}

let server: RunningServer;
test.beforeAll(async () => {
  server = await startNextServer({
    port: PORT,
    env: { NODE_OPTIONS: `--expose-gc --require ${resolve("tests/support/heap-report.cjs")}`, HEAP_REPORT_FILE: REPORT },
  });
});
test.afterAll(() => server?.stop());

test("1 000 random unknown addresses leave the disk as it was and memory within its bound", async () => {
  test.setTimeout(300_000);
  await requestUnknown(server.url, 0, 200); // warm up: code loaded, pools open
  const diskBefore = disk(".next");
  const memoryBefore = await retained(server.pid);
  await requestUnknown(server.url, 200, 1000);
  const diskAfter = disk(".next");
  const memoryAfter = await retained(server.pid);
  console.log(
    `  .next: ${diskAfter.files - diskBefore.files} files, ${diskAfter.bytes - diskBefore.bytes} bytes more; kept in memory: ${((memoryAfter - memoryBefore) / 1024 / 1024).toFixed(1)} MB more`,
  );
  expect(diskAfter.files - diskBefore.files).toBeLessThanOrEqual(0);
  expect(diskAfter.bytes - diskBefore.bytes).toBeLessThan(DISK_BOUND);
  expect(memoryAfter - memoryBefore).toBeLessThan(MEMORY_BOUND);
  expect((await fetch(`${server.url}/nb/aure`)).status).toBe(200);
});
