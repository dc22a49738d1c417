import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createLane, isPublicRead } from "./public-lane.mjs";

describe("public lane", () => {
  test("readers' pages, embeds, feeds and API reads are public; the admin, its actions, sign-in and Next's files are not", () => {
    for (const url of ["/nb", "/nb?q=aure", "/nb/aure", "/embed/aure/nb", "/api/v1/organisations", "/nb/administrasjon"]) assert.equal(isPublicRead({ method: "GET", url }), true, url);
    for (const url of ["/nb/admin", "/nb/admin/organisations/aure", "/en/admin?x=1", "/api/auth/get-session", "/_next/static/chunks/a.js"])
      assert.equal(isPublicRead({ method: "GET", url }), false, url);
    assert.equal(isPublicRead({ method: "POST", url: "/nb/aure" }), false);
  });

  test("runs at most `limit` tasks at once, the rest in arrival order", async () => {
    const lane = createLane(2);
    const started: number[] = [];
    const finishers: (() => void)[] = [];
    const runs = [0, 1, 2, 3].map((i) =>
      lane.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(i);
            finishers[i] = () => resolve(i);
          }),
      ),
    );
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(started, [0, 1]);
    assert.equal(lane.waiting, 2);
    finishers[1]!();
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(started, [0, 1, 2]);
    finishers[0]!();
    finishers[2]!();
    await new Promise((r) => setImmediate(r));
    finishers[3]!();
    assert.deepEqual(await Promise.all(runs), [0, 1, 2, 3]);
    assert.equal(lane.running, 0);
  });

  test("a task that fails gives its place to the next", async () => {
    const lane = createLane(1);
    await assert.rejects(lane.run(() => Promise.reject(new Error("render failed"))));
    assert.equal(await lane.run(async () => "next"), "next");
  });
});
