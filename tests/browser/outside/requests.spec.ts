import { expect, test } from "@playwright/test";
import { raw } from "./raw-http";

/*
 * What an attacker with curl sends: malformed addresses, odd methods, forged server-action
 * posts. Every answer is a clear status with a real page (or problem+json from the API) —
 * never a 500 — and the server keeps serving.
 */

test("malformed percent-encoding answers 400 with a page in the path's language, never 500", async () => {
  for (const path of ["/nb/%ZZ", "/nb/%", "/nb/%ED%A0%80", "/nb/%FF%FE", "/%ZZ", "/da/billund/%E2%82", "/embed/aure/%ZZ", "/nb?q=%ZZ"]) {
    const response = await raw("GET", path);
    expect(response.status, path).toBe(400);
    expect(response.headers["content-type"], path).toMatch(/^text\/html/);
    expect(response.body, path).toMatch(/<html lang="(nb|da)">/);
    expect(response.body, path).toMatch(/<h1>/);
  }
  const api = await raw("GET", "/api/v1/organisations/%ZZ");
  expect(api.status).toBe(400);
  expect(api.headers["content-type"]).toBe("application/problem+json");
  expect(JSON.parse(api.body)).toMatchObject({ status: 400 });
});

test("pages and files answer only GET and HEAD: other methods 405 with Allow, OPTIONS 204, TRACE nowhere", async () => {
  for (const path of ["/nb/aure", "/nb", "/nb/aure/telefon", "/nb/finnes-ikke", "/embed/aure/nb", "/embed.js", "/icon.svg"]) {
    for (const method of ["PUT", "DELETE", "PATCH", "POST"]) {
      const response = await raw(method, path);
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.allow, `${method} ${path}`).toBe("GET, HEAD, OPTIONS");
    }
    const options = await raw("OPTIONS", path);
    expect(options.status, `OPTIONS ${path}`).toBe(204);
    expect(options.headers.allow).toBe("GET, HEAD, OPTIONS");
    const head = await raw("HEAD", path);
    expect(head.status, `HEAD ${path}`).toBe((await raw("GET", path)).status);
    expect(head.body, `HEAD ${path}`).toBe("");
  }
  for (const path of ["/nb/aure", "/api/v1/organisations", "/api/health", "/api/v1/openapi.json", "/embed.js", "/nb/admin/sign-in"]) {
    expect((await raw("TRACE", path)).status, `TRACE ${path}`).toBe(405);
    // Node's HTTP parser itself refuses methods it does not know, with a 400.
    expect([400, 405], `TRACK ${path}`).toContain((await raw("TRACK", path)).status);
  }
});

test("a server action posted from another site's page is refused with 403; unreadable bodies 400; oversized ones 413", async ({ request }) => {
  const signIn = await (await request.get("/nb/admin/sign-in")).text();
  const action = /&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(signIn)?.[1] ?? "00";
  const post = (headers: Record<string, string>, body: string | Buffer) =>
    raw("POST", "/nb/admin/sign-in", { headers: { "Next-Action": action, "Content-Type": "text/plain;charset=UTF-8", ...headers }, body });
  const ours = { Origin: `http://127.0.0.1:${process.env.KLARTEKST_TEST_PORT ?? 3123}` };

  expect((await post({ Origin: "https://evil.example" }, '["nb",{}]')).status).toBe(403);
  expect((await post({ Origin: "null" }, '["nb",{}]')).status).toBe(403);
  expect((await post(ours, '["nb",{')).status).toBe(400);
  expect((await post(ours, "[".repeat(10_000) + "]".repeat(10_000))).status).toBe(400);
  expect((await post(ours, Buffer.from([0xff, 0xfe, 0x00]))).status).toBe(400);
  expect((await raw("POST", "/nb/admin/sign-in", { headers: { ...ours, "Content-Type": "multipart/form-data; boundary=xyz" }, body: "garbage" })).status).toBe(400);
  const big = await post(ours, "a".repeat(2 * 1024 * 1024));
  expect(big.status).toBe(413);
  expect(big.body).toMatch(/<h1>/);
  expect(big.body).not.toMatch(/at \w+ \(|node_modules/);
});

test("the server keeps serving after all of it", async ({ request }) => {
  for (let i = 0; i < 3; i++) {
    await raw("GET", "/nb/%ED%A0%80");
    await raw("TRACE", "/nb/aure");
    await raw("POST", "/nb/admin/sign-in", { headers: { "Next-Action": "x", "Content-Type": "text/plain" }, body: "[".repeat(50_000) });
  }
  const response = await request.get("/nb/aure");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("Aure kommune");
});

test("Accept-Encoding q-values are obeyed: gzip;q=0 gets no gzip, also from the front cache", async () => {
  const gz = await raw("GET", "/nb/aure", { headers: { "Accept-Encoding": "gzip" } });
  expect(gz.headers["content-encoding"]).toBe("gzip");
  for (const value of ["gzip;q=0", "gzip; q=0", "GZIP;Q=0.0", "*;q=0", "identity", "deflate"]) {
    for (let i = 0; i < 2; i++) {
      const response = await raw("GET", "/nb/aure", { headers: { "Accept-Encoding": value } });
      expect(response.headers["content-encoding"], value).toBeUndefined();
      expect(response.body, value).toContain("<!doctype html>");
    }
  }
});

test("an unknown address under /api answers as the API does: problem+json, not an HTML page", async () => {
  for (const path of ["/api/unknown", "/api/v2/organisations", "/api/v1/unknown", "/api/v1/organisations/aure/unknown"]) {
    const response = await raw("GET", path);
    expect(response.status, path).toBe(404);
    expect(response.headers["content-type"], path).toBe("application/problem+json");
    expect(JSON.parse(response.body), path).toMatchObject({ status: 404 });
  }
});

test("the read-only API refuses writing methods as a problem with Allow, and /api itself is a problem too", async () => {
  for (const path of ["/api/v1/organisations", "/api/v1/organisations/aure", "/api/v1/organisations/aure/notice", "/api/v1/organisations/aure/versions/1", "/api/v1/openapi.json", "/api/health"]) {
    for (const method of ["PUT", "DELETE", "PATCH", "POST"]) {
      const response = await raw(method, path);
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.allow, `${method} ${path}`).toBe("GET, HEAD, OPTIONS");
      expect(response.headers["content-type"], `${method} ${path}`).toBe("application/problem+json");
      expect(JSON.parse(response.body), `${method} ${path}`).toMatchObject({ status: 405 });
    }
  }
  const root = await raw("GET", "/api");
  expect(root.status).toBe(404);
  expect(root.headers["content-type"]).toBe("application/problem+json");
  expect(JSON.parse(root.body)).toMatchObject({ status: 404 });
});

test("requests Node's parser refuses (unknown methods, overlong addresses) get a complete page in the path's language, or a problem from the API", async () => {
  const unknownMethod = await raw("FOO", "/da/billund");
  expect(unknownMethod.status).toBe(400);
  expect(unknownMethod.body).toMatch(/<html lang="da">/);
  expect(unknownMethod.body).toMatch(/<title>[^<]+<\/title>/);
  expect(unknownMethod.body).toMatch(/<h1>/);
  const api = await raw("FOO", "/api/v1/organisations");
  expect(api.status).toBe(400);
  expect(api.headers["content-type"]).toBe("application/problem+json");
  expect(JSON.parse(api.body)).toMatchObject({ status: 400 });
  for (const [path, lang] of [
    [`/nn/${"a".repeat(20_000)}`, "nn"],
    [`/nb/aure?q=${"a".repeat(20_000)}`, "nb"],
  ] as const) {
    const long = await raw("GET", path);
    expect(long.status, path.slice(0, 20)).toBe(431);
    expect(long.body, path.slice(0, 20)).toMatch(new RegExp(`<html lang="${lang}">`));
    expect(long.body, path.slice(0, 20)).toMatch(/<h1>/);
  }
});

test("what a visitor typed comes back on the page without control characters, which HTML cannot carry", async () => {
  // C0 controls except tab, newline and carriage return, DEL and C1 controls: "forbidden code points" in HTML.
  const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
  const search = await raw("GET", "/nb?q=au%00r%01e%1F%7F%C2%85");
  expect(search.status).toBe(200);
  expect(search.body).toContain('value="aure"');
  expect(FORBIDDEN.test(search.body)).toBe(false);
  const subscribe = await raw("POST", "/nb/aure/subscribe", { headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "email=no%00t%01an%1Faddress%7F" });
  expect(subscribe.status).toBe(400);
  expect(subscribe.body).toContain('value="notanaddress"');
  expect(FORBIDDEN.test(subscribe.body)).toBe(false);
});
