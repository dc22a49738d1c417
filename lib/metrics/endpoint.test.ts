import assert from "node:assert/strict";
import { it } from "node:test";
import { isAuthorised, metricsAnswer, metricsToken } from "./endpoint.mjs";

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
