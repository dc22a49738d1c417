import { expect, test } from "@playwright/test";
import { raw } from "./raw-http";
import { PUBLIC_TEMPLATES } from "./templates";

/*
 * Every answer a visitor can get outside the admin carries a Content Security Policy that runs
 * no inline script or style: the pages, and also what is not a page of ours — redirects, files,
 * the 404 that an address like /favicon.ico gets, the server's own error pages, and whatever Next
 * answers under /_next/. No such answer is Next's framework page with its scripts. (The admin,
 * sign-in included, is a Next.js app with a policy of its own.)
 */
const OTHER_ANSWERS: { path: string; method?: string; headers?: Record<string, string> }[] = [
  { path: "/" },
  { path: "/", headers: { "Accept-Language": "da" } },
  { path: "/xx" },
  { path: "/NB/aure" },
  { path: "/nb/" },
  { path: "/nb/aure/" },
  { path: "/nb//aure" },
  { path: "/robots.txt" },
  { path: "/sitemap.xml" },
  { path: "/icon.svg" },
  { path: "/embed.js" },
  { path: "/favicon.ico" },
  { path: "/apple-touch-icon.png" },
  { path: "/.well-known/security.txt" },
  { path: "/a.b/c" },
  { path: "/_next/data/x/y.json" },
  { path: "/_next/image?url=%2Ficon.svg&w=64&q=75" },
  { path: "/_next/static/chunks/finnes-ikke.js" },
  { path: "/_next" },
  { path: "/nb/%ZZ" },
  { path: "/nb/aure", method: "PUT" },
  { path: "/nb/aure", method: "OPTIONS" },
];

/** Scripts may come only from the site itself or match a listed hash (or nothing at all runs). */
function policyAllowsNoInline(csp: string): boolean {
  const directives = new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...sources]) => [name, sources]),
  );
  const scripts = directives.get("script-src") ?? directives.get("default-src");
  return scripts !== undefined && scripts.length > 0 && scripts.every((source) => source === "'self'" || source === "'none'" || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source));
}

test("every public answer — page, redirect, file or error — has a policy that runs no inline script", async () => {
  const answers = [...PUBLIC_TEMPLATES.filter((t) => !t.path.includes("/admin/")).map(({ path, method }) => ({ path, method, headers: undefined })), ...OTHER_ANSWERS];
  for (const { path, method = "GET", headers } of answers) {
    const response = await raw(method, path, { headers });
    const csp = String(response.headers["content-security-policy"] ?? "");
    expect(policyAllowsNoInline(csp), `${method} ${path} (${response.status}): ${csp}`).toBe(true);
    expect(response.body, `${method} ${path}`).not.toMatch(/<script[^>]*\bsrc="\/_next\/|self\.__next_f|__next_error__/);
  }
});

test("what Next would answer under /_next/ with its framework's page is the site's own complete 404", async () => {
  for (const path of ["/_next/data/x/y.json", "/_next/image?url=%2Ficon.svg&w=64&q=75", "/_next"]) {
    const response = await raw("GET", path);
    expect(response.status, path).toBe(404);
    expect(response.body, path).toMatch(/<html lang="nb">/);
    expect(response.body, path).toMatch(/<title>[^<]+<\/title>/);
    expect(response.body, path).toMatch(/<h1>/);
  }
});
