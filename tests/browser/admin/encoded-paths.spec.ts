import { expect, test } from "@playwright/test";
import { raw } from "../outside/raw-http";
import { signIn } from "./support";

/*
 * The admin gate and the admin's headers hold for every spelling of an admin path: encoded
 * letters, dot segments, doubled or backslashed separators. Each is sent as written (curl-style)
 * with Aure's editor's session; Next itself would route "/nb/%61dmin/…" to the admin page.
 */
test("Aure's editor reaches no admin page of Billund's by another spelling of its path, and every admin answer keeps the admin's headers", async ({ page }) => {
  await signIn(page, "aure@klartekst.test");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const spellings = [
    "/nb/%61dmin/organisations/billund",
    "/nb/%61%64%6d%69%6e/organisations/billund/settings",
    "/nb/admin/organisations/%62illund",
    "/nb/./admin/organisations/billund",
    "/nb/aure/../admin/organisations/billund",
    "/nb//admin/organisations/billund",
    "/nb/admin//organisations/billund/audit",
    "/nb\\admin\\organisations\\billund",
    "/nb/%2e%2e/nb/admin/organisations/billund",
  ];
  for (const path of spellings) {
    let response = await raw("GET", path, { headers: { Cookie: cookie } });
    const hops: string[] = [path];
    while (response.status >= 300 && response.status < 400 && hops.length < 5) {
      const next = String(response.headers.location);
      expect(next.startsWith("/"), `${path} redirects within the site`).toBe(true);
      hops.push(next);
      response = await raw("GET", next, { headers: { Cookie: cookie } });
    }
    expect(response.status, hops.join(" → ")).toBe(404);
    expect(response.body, path).not.toContain("Telefonoptagelser");
    expect(response.headers["cache-control"], path).toContain("no-store");
    expect(String(response.headers["content-security-policy"]), path).toContain("frame-ancestors 'none'");
  }

  // Her own organisation, spelled oddly, is her own admin page — with the admin's headers.
  let own = await raw("GET", "/nb/%61dmin/organisations/aure", { headers: { Cookie: cookie } });
  expect(own.status).toBe(308);
  own = await raw("GET", String(own.headers.location), { headers: { Cookie: cookie } });
  expect(own.status).toBe(200);
  expect(own.headers["x-frame-options"]).toBe("DENY");
  expect(String(own.headers["content-security-policy"])).toContain("frame-ancestors 'none'");
  expect(own.headers["cache-control"]).toContain("no-store");
});
