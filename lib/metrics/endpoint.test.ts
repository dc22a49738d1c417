import assert from "node:assert/strict";
import { it } from "node:test";
import client from "prom-client";
import { isAuthorised, metricsAnswer, metricsToken } from "./endpoint.mjs";
import { metrics } from "./registry.mjs";

const TOKEN = "a-token-of-sufficient-length";

it("is off without a token and refuses one too short to resist guessing", () => {
  assert.equal(metricsToken(undefined), null);
  assert.equal(metricsToken(""), null);
  assert.throws(() => metricsToken("short"), /at least 16/);
  assert.equal(metricsToken(TOKEN), TOKEN);
});

it("accepts only the exact bearer token", () => {
  assert.equal(isAuthorised(`Bearer ${TOKEN}`, TOKEN), true);
  assert.equal(isAuthorised(`bearer ${TOKEN}`, TOKEN), true);
  for (const header of [undefined, "", TOKEN, `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, `Bearer ${TOKEN} extra`])
    assert.equal(isAuthorised(header, TOKEN), false, String(header));
});

it("answers 404 when off, 405 to other methods and 401 without the token, as problem+json", async () => {
  assert.equal((await metricsAnswer({ method: "GET", headers: { authorization: `Bearer ${TOKEN}` } }, null)).status, 404);
  assert.equal((await metricsAnswer({ method: "POST", headers: { authorization: `Bearer ${TOKEN}` } }, TOKEN)).status, 405);
  const refused = await metricsAnswer({ method: "GET", headers: {} }, TOKEN);
  assert.equal(refused.status, 401);
  assert.equal(refused.headers["Content-Type"], "application/problem+json");
  const ok = await metricsAnswer({ method: "GET", headers: { authorization: `Bearer ${TOKEN}` } }, TOKEN);
  assert.equal(ok.status, 200);
  assert.match(ok.body, /^# HELP klartekst_http_requests_total /m);
});

it("adds in the front thread's figures: shared metrics summed, the app's own passed through", async () => {
  const { httpRequests } = metrics();
  httpRequests.inc({ route: "/[locale]/[slug]", method: "GET", status: "200" }, 2);
  const front = new client.Registry();
  new client.Counter({
    name: "klartekst_http_requests_total",
    help: "HTTP requests answered, by route template, method and status.",
    labelNames: ["route", "method", "status"],
    registers: [front],
  }).inc({ route: "/[locale]/[slug]", method: "GET", status: "200" }, 40);
  const own = await metricsAnswer({ method: "GET", headers: { authorization: `Bearer ${TOKEN}` } }, TOKEN);
  const added = await metricsAnswer({ method: "GET", headers: { authorization: `Bearer ${TOKEN}` } }, TOKEN, async () => [await front.getMetricsAsJSON()]);
  const count = (body: string) => Number(/^klartekst_http_requests_total\{route="\/\[locale\]\/\[slug\]",method="GET",status="200"\} (\d+)$/m.exec(body)?.[1]);
  assert.equal(count(added.body), count(own.body) + 40);
  assert.match(added.body, /^klartekst_process_start_time_seconds \d+/m);
  assert.match(added.body, /^klartekst_process_resident_memory_bytes \d+/m);
});
