import { expect, test } from "@playwright/test";
import { PUBLIC_URL } from "../../../playwright.config";
import { raw } from "./raw-http";

/*
 * One public address: the server binds 127.0.0.1 and the tests reach it there, while the site is
 * known as PUBLIC_URL (http://localhost:PORT in the suite). Every absolute URL a page carries
 * must use PUBLIC_URL — never the bind address, and never a Host or X-Forwarded-Host a client sent.
 */
const FORGED = { Host: "evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https", Forwarded: "host=evil.example;proto=https" };

const PAGES = [
  "/nb",
  "/nb/aure",
  "/nn/aure",
  "/nb/aure/telefon",
  "/nb/aure/versions",
  "/nb/aure/versions/1",
  "/nb/aure/versions/1/changes",
  "/nb/developers",
  "/nb/finnes-ikke",
  "/embed/aure/nb",
  "/embed/aure/nb/telefon",
];

test("canonical and hreflang links are absolute URLs under the public address, whatever Host the request names", async () => {
  for (const path of PAGES) {
    for (const headers of [{}, FORGED]) {
      const { body } = await raw("GET", path, { headers });
      expect(body, path).not.toMatch(/evil\.example|0\.0\.0\.0|127\.0\.0\.1/);
      const links = [...body.matchAll(/<link rel="(canonical|alternate)"[^>]*href="([^"]+)"/g)].map((m) => m[2]!);
      for (const href of links) expect(href.startsWith(`${PUBLIC_URL}/`), `${path}: ${href}`).toBe(true);
      if (!path.includes("finnes-ikke")) expect(links.length, path).toBeGreaterThan(0);
    }
  }
});

test("a notice names each of its languages with an absolute hreflang alternate", async () => {
  const { body } = await raw("GET", "/nb/aure");
  const alternates = [...body.matchAll(/<link rel="alternate" hreflang="(\w+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
  expect(alternates).toEqual([
    ["nb", `${PUBLIC_URL}/nb/aure`],
    ["nn", `${PUBLIC_URL}/nn/aure`],
  ]);
  expect(body).toContain(`<link rel="canonical" href="${PUBLIC_URL}/nb/aure"/>`);
});

test("redirects lead to the site, never to the bind address or a forged host", async () => {
  for (const [path, headers] of [
    ["/", { "Accept-Language": "da" }],
    ["/nb/admin", {}],
    ["/nb//aure", {}],
    ["/nb/%61dmin", {}],
  ] as const) {
    for (const extra of [{}, FORGED]) {
      const response = await raw("GET", path, { headers: { ...headers, ...extra } });
      expect([301, 302, 303, 307, 308], path).toContain(response.status);
      const location = String(response.headers.location);
      expect(location.startsWith("/") && !location.startsWith("//") ? true : location.startsWith(`${PUBLIC_URL}/`), `${path} → ${location}`).toBe(true);
    }
  }
});
