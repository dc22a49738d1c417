import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { METRICS_TOKEN } from "../../../playwright.config";
import { signIn } from "./support";

const run = promisify(execFile);

async function scrape(request: APIRequestContext) {
  const response = await request.get("/metrics", { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one sample line (`name{labels} value`), or 0 when the series is not there yet. */
function sample(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

test("/metrics answers only with its token, as problem+json otherwise", async ({ request }) => {
  for (const headers of [
    {} as Record<string, string>,
    { Authorization: "Bearer wrong-token-of-some-length" },
    { Authorization: `Basic ${METRICS_TOKEN}` },
    { Authorization: `Bearer ${METRICS_TOKEN}x` },
  ]) {
    const response = await request.get("/metrics", { headers });
    expect(response.status(), JSON.stringify(headers)).toBe(401);
    expect(response.headers()["www-authenticate"]).toMatch(/^Bearer/);
    expect(response.headers()["content-type"]).toBe("application/problem+json");
    expect(await response.text()).not.toContain("klartekst_");
  }
  const post = await request.post("/metrics", { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(post.status()).toBe(405);
});

test("/metrics counts requests by route and status, cache hits, publishes and the process, in a format promtool accepts", async ({ page, request }) => {
  const before = await scrape(request);
  const page200 = 'klartekst_http_requests_total{route="/[locale]/[slug]",method="GET",status="200"}';
  const page404 = 'klartekst_http_requests_total{route="/[locale]/[slug]",method="GET",status="404"}';
  const hits = 'klartekst_front_cache_requests_total{result="hit"}';
  const published = 'klartekst_publish_duration_seconds_count{outcome="published"}';
  for (let i = 0; i < 3; i++) expect((await request.get("/da/billund")).status()).toBe(200);
  expect((await request.get("/nb/no-such-organisation")).status()).toBe(404);

  await signIn(page, "billund@klartekst.test");
  await page.goto("/nb/admin/organisations/billund/publish");
  await page.getByRole("button", { name: "Publiser nå" }).click();
  await expect(page).toHaveURL(/published=/);

  const after = await scrape(request);
  expect(sample(after, page200) - sample(before, page200)).toBeGreaterThanOrEqual(3);
  expect(sample(after, page404) - sample(before, page404)).toBeGreaterThanOrEqual(1);
  expect(sample(after, hits) - sample(before, hits)).toBeGreaterThanOrEqual(2);
  expect(sample(after, published) - sample(before, published)).toBeGreaterThanOrEqual(1);
  expect(after).toMatch(/^klartekst_http_request_duration_seconds_bucket\{le="0\.2",route="\/\[locale\]\/\[slug\]",method="GET"\} \d+$/m);
  expect(after).toMatch(/^klartekst_process_resident_memory_bytes \d+/m);
  // The path itself never becomes a label: a probe for a made-up address adds no series of its own.
  expect(after).not.toContain("no-such-organisation");

  // Prometheus' own checker parses the exposition format and lints names, types and help. The only
  // findings it may have are on three of prom-client's default gauges, named before the rule.
  const child = run("promtool", ["check", "metrics"]);
  child.child.stdin!.end(after);
  const { stdout, stderr } = await child.catch((error: { stdout: string; stderr: string }) => error);
  const findings = `${stdout}${stderr}`
    .split("\n")
    .filter((line) => line.trim() && !/^klartekst_nodejs_active_(handles|requests|resources)_total non-counter metrics should not have "_total" suffix$/.test(line));
  expect(findings).toEqual([]);
});
