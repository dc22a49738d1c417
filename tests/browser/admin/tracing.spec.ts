import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/bench/next-server";

// An instance configured with the standard OpenTelemetry variables sends its traces over OTLP/HTTP
// to the collector it is given: here a plain HTTP server on loopback that keeps what it receives.
const TRACED_INSTANCE_PORT = Number(process.env.KLARTEKST_TEST_PORT ?? 3123) + 18;
const received: { path: string; contentType: string; body: Buffer }[] = [];
const collector = createServer(async (req: IncomingMessage, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  received.push({ path: req.url ?? "", contentType: String(req.headers["content-type"]), body: Buffer.concat(chunks) });
  res.writeHead(200, { "content-type": "application/json" }).end("{}");
});
let traced: RunningServer;

test.beforeAll(async () => {
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  traced = await startNextServer({ port: TRACED_INSTANCE_PORT, env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: "klartekst-test", OTEL_BSP_SCHEDULE_DELAY: "200" } });
});
test.afterAll(async () => {
  await traced?.stop();
  collector.close();
});

test("with an OTLP endpoint configured, a page request is traced and exported to it", async ({ request }) => {
  test.setTimeout(120_000);
  expect((await request.get(`${traced.url}/nb/aure`)).status()).toBe(200);
  await expect.poll(() => received.filter((r) => r.path === "/v1/traces").length, { timeout: 15_000 }).toBeGreaterThan(0);
  const exported = Buffer.concat(received.filter((r) => r.path === "/v1/traces").map((r) => r.body)).toString("latin1");
  expect(exported).toContain("klartekst-test");
  expect(exported).toContain("/[locale]/[slug]");
});
