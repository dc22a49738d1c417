import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { PUBLIC_URL } from "../../playwright.config";
import { startNextServer, type RunningServer } from "../../scripts/bench/next-server";

/*
 * The test server binds 127.0.0.1 while the site's public address (PUBLIC_URL) is localhost: every
 * absolute URL in the API, the JSON-LD, the feeds, the sitemap and robots.txt must use the public
 * address, also when a client sends a forged Host or X-Forwarded-Host. Requests go out through
 * node:http, which sends those headers exactly as given.
 */
const port = Number(process.env.KLARTEKST_TEST_PORT ?? 3123);
const FORGED: Record<string, string>[] = [
  {},
  { host: "evil.example" },
  { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
  { host: "evil.example:8443", forwarded: "host=evil.example;proto=https" },
];

function get(path: string, headers: Record<string, string>, serverPort = port): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: serverPort, path, headers: { accept: "*/*", ...headers } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Absolute http(s) URLs in a body, as they are written in JSON, XML or plain text. */
const absoluteUrls = (body: string) => [...body.replaceAll("\\/", "/").matchAll(/https?:\/\/[^\s"'<>\\)]+/g)].map((m) => m[0]);

/** Vocabularies, namespaces and other sites the documents rightly name. */
const FOREIGN =
  /^https?:\/\/(?:(?:www\.)?w3\.org|w3id\.org|purl\.org|www\.sitemaps\.org|klartekst\.no|(?:[\w-]+\.)*(?:datatilsynet\.(?:no|dk)|lovdata\.no|retsinformation\.dk|eur-lex\.europa\.eu|[\w-]+\.(?:no|dk|com|org|eu)))(?:[/:?#]|$)/;

const PATHS = [
  "/api/v1/organisations",
  "/api/v1/organisations/aure",
  "/api/v1/organisations/aure/notice?locale=nn",
  "/api/v1/organisations/oslo/notice?locale=nb&format=jsonld",
  "/api/v1/organisations/billund/notice?format=jsonld",
  "/api/v1/organisations/aure/versions",
  "/api/v1/organisations/sonh/versions/1",
  "/nb/aure/versions/feed.xml",
  "/da/billund/versions/feed.xml",
  "/sitemap.xml",
  "/robots.txt",
];

/** Fetches each path with each forged header set; every absolute URL that is not another site's must start with `origin`. */
async function expectOnlyUnder(origin: string, paths: string[], serverPort = port) {
  for (const path of paths) {
    for (const headers of FORGED) {
      const { status, body } = await get(path, headers, serverPort);
      expect(status, `${path} ${JSON.stringify(headers)}`).toBe(200);
      const own = absoluteUrls(body).filter((url) => !FOREIGN.test(url));
      expect(own.length, `${path}: links to itself`).toBeGreaterThan(0);
      for (const url of own) expect(url.startsWith(`${origin}/`), `${path} ${JSON.stringify(headers)}: ${url}`).toBe(true);
      expect(body).not.toContain("evil.example");
      expect(body).not.toContain("0.0.0.0");
      expect(body).not.toContain(`127.0.0.1:${serverPort}`);
    }
  }
}

test("every absolute URL of the API, JSON-LD, feeds, sitemap and robots.txt starts with PUBLIC_URL, whatever Host the request names", async () => {
  expect(PUBLIC_URL).not.toContain("127.0.0.1");
  await expectOnlyUnder(PUBLIC_URL, PATHS);
});

test.describe("an instance whose public address is nothing like its own", () => {
  // http://localhost:PORT is also what Next makes of a server on 127.0.0.1:PORT, so the suite's
  // own PUBLIC_URL cannot tell a configured origin from a derived one: this instance's can.
  const OTHER_ORIGIN = "https://personvern.example.test";
  const otherPort = port + 18;
  let other: RunningServer;
  test.beforeAll(async () => {
    other = await startNextServer({ port: otherPort, env: { PUBLIC_URL: OTHER_ORIGIN } });
  });
  test.afterAll(async () => {
    await other?.stop();
  });

  test("writes that address in every API answer and feed (rendered per request, so they read it at run time)", async () => {
    await expectOnlyUnder(
      OTHER_ORIGIN,
      PATHS.filter((p) => p.startsWith("/api/") || p.endsWith("feed.xml")),
      otherPort,
    );
  });
});

test.describe("an instance started without PUBLIC_URL (the demo)", () => {
  // `PORT=… npm run demo` must link to the port it listens on, not to the default :3000.
  const demoPort = port + 19;
  let demo: RunningServer;
  test.beforeAll(async () => {
    demo = await startNextServer({ port: demoPort, env: { PUBLIC_URL: "" } });
  });
  test.afterAll(async () => {
    await demo?.stop();
  });

  test("links to localhost at the port it listens on", async () => {
    await expectOnlyUnder(
      `http://localhost:${demoPort}`,
      PATHS.filter((p) => p.startsWith("/api/") || p.endsWith("feed.xml")),
      demoPort,
    );
  });
});

test("the JSON-LD's node ids are under PUBLIC_URL", async () => {
  const doc = JSON.parse((await get("/api/v1/organisations/oslo/notice?format=jsonld", { host: "evil.example" })).body);
  expect(doc["@id"]).toBe(`${PUBLIC_URL}/nb/oslo`);
  expect(doc["dpv:hasDataController"]["@id"]).toBe(`${PUBLIC_URL}/api/v1/organisations/oslo`);
  for (const process of doc["dpv:hasProcess"]) expect(process["@id"]).toMatch(new RegExp(`^${PUBLIC_URL}/nb/oslo#`));
});
