import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { expect, test } from "@playwright/test";
import Provider from "oidc-provider";
import { startNextServer, type RunningServer } from "../../../scripts/bench/next-server";

/*
 * Single sign-on against a real OpenID provider on loopback (oidc-provider, the certified
 * implementation, with its development login form: any login name, taken as the e-mail address).
 * A server of our own is started with SSO_* settings mapping aure.kommune.no to Aure.
 */

const base = Number(process.env.KLARTEKST_TEST_PORT ?? 3123);
const PROVIDER_PORT = base + 20;
const SERVER_PORT = base + 13;
const ORIGIN = `http://localhost:${SERVER_PORT}`;
const ISSUER = `http://127.0.0.1:${PROVIDER_PORT}`;
let providerServer: Server;
let server: RunningServer;

test.describe.configure({ mode: "serial" });
test.use({ baseURL: ORIGIN });

test.beforeAll(async () => {
  const provider = new Provider(ISSUER, {
    clients: [
      {
        client_id: "klartekst",
        client_secret: "klartekst-test-secret",
        redirect_uris: ["nb", "en"].map((locale) => `${ORIGIN}/${locale}/admin/sign-in/sso/callback`),
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_ctx, id) {
      return { accountId: id, claims: async () => ({ sub: id, email: id, email_verified: true, name: id.split("@")[0] }) };
    },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["klartekst-test-cookie-key"] },
  });
  providerServer = provider.listen(PROVIDER_PORT, "127.0.0.1");
  await new Promise((resolve) => providerServer.once("listening", resolve));
  expect((providerServer.address() as AddressInfo).port).toBe(PROVIDER_PORT);
  server = await startNextServer({
    port: SERVER_PORT,
    env: { PUBLIC_URL: ORIGIN, SSO_ISSUER: ISSUER, SSO_CLIENT_ID: "klartekst", SSO_CLIENT_SECRET: "klartekst-test-secret", SSO_NAME: "Testleverandør", SSO_DOMAINS: "aure.kommune.no=aure" },
  });
});
test.afterAll(async () => {
  await server?.stop();
  await new Promise((resolve) => providerServer?.close(resolve));
});

async function signInAtProvider(page: import("@playwright/test").Page, email: string) {
  await page.goto("/nb/admin/sign-in");
  await page.getByRole("link", { name: "Logg inn med Testleverandør" }).click();
  await expect(page).toHaveURL(new RegExp(`^${ISSUER}/interaction/`));
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const consent = page.getByRole("button", { name: "Continue" });
  await page.waitForURL((url) => url.origin === ORIGIN || url.pathname.includes("/interaction/"));
  if (new URL(page.url()).origin !== ORIGIN) await consent.click();
  await page.waitForURL((url) => url.origin === ORIGIN);
}

test("someone whose e-mail domain maps to Aure signs in by single sign-on, as a viewer", async ({ page }) => {
  const email = `kari-${Date.now()}@aure.kommune.no`;
  await signInAtProvider(page, email);
  await expect(page).toHaveURL(/\/nb\/admin$/);
  await expect(page.getByText(email)).toBeVisible();
  // A viewer reads Aure's drafts, but may not change its settings.
  expect((await page.goto("/nb/admin/organisations/aure"))?.status()).toBe(200);
  expect((await page.goto("/nb/admin/organisations/aure/settings"))?.status()).toBe(404);
  expect((await page.goto("/nb/admin/organisations/billund"))?.status()).toBe(404);
});

test("an e-mail address that is neither invited nor from a mapped domain is refused", async ({ page }) => {
  await signInAtProvider(page, `ola-${Date.now()}@example.org`);
  await expect(page).toHaveURL(/\/nb\/admin\/sign-in\?reason=sso$/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("innlogging");
  expect((await page.goto("/nb/admin"))?.url()).toMatch(/\/nb\/admin\/sign-in$/);
});
