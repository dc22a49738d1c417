import { expect, test } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/bench/next-server";
import { closeDatabase, createAccount, fakeForwardedAddress, freshLoopbackAddress, median, postSignIn, send, unknownEmail, wrongPassword } from "./attacker";

// Issue 9: an outside tester's attacks on sign-in, repeated against the production server. The
// test's own server (A, trusting no proxy) and a second instance (B) on the same database that
// trusts one proxy address, as behind a load balancer. Attacks come from loopback addresses of
// their own, so the browser tests' 127.0.0.1 is never held back, and the long ones go to B, so
// the password hashing does not slow down the tests that run on A at the same time.
const PORT = Number(process.env.KLARTEKST_TEST_PORT ?? 3123);
const A = `http://127.0.0.1:${PORT}`;
const PROXY = "127.0.0.2";
let instanceB: RunningServer;
let B = "";

const INVALID = "Feil e-post eller passord.";
const THROTTLED = /^For mange mislykkede forsøk\. Prøv igjen om \d+ minutt(er)?\.$/;
const hasSession = (cookies: string[]) => cookies.some((cookie) => /session_token=[^;]/.test(cookie));

// Dozens of password checks per test, each a deliberately slow hash.
test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  instanceB = await startNextServer({ port: PORT + 18, env: { TRUSTED_PROXIES: PROXY } });
  B = instanceB.url;
});
test.afterAll(async () => {
  await instanceB?.stop();
  await closeDatabase();
});

test("Better Auth's own endpoints answer 404 to every method, even with the right password", async () => {
  const victim = await createAccount();
  const from = freshLoopbackAddress();
  const signInByApi = await send(`${A}/api/auth/sign-in/email`, {
    method: "POST",
    from,
    headers: { "content-type": "application/json", origin: A },
    body: Buffer.from(JSON.stringify({ email: victim.email, password: victim.password })),
  });
  expect(signInByApi.status).toBe(404);
  expect(signInByApi.headers["content-type"]).toContain("application/problem+json");
  expect(signInByApi.headers["set-cookie"]).toBeUndefined();

  for (const path of ["sign-in/email", "sign-up/email", "sign-in/social", "get-session", "sign-out", "change-password", "request-password-reset", "reset-password", "list-sessions", "ok", "error"]) {
    for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
      const response = await send(`${A}/api/auth/${path}`, {
        method,
        from,
        headers: { "content-type": "application/json" },
        body: method === "GET" || method === "HEAD" ? undefined : Buffer.from("{}"),
      });
      expect(response.status, `${method} /api/auth/${path}`).toBe(404);
    }
  }
});

test("an account held back by failed attempts cannot sign in by any path or instance", async () => {
  const victim = await createAccount();
  for (let i = 0; i < 5; i++) {
    const answer = await postSignIn(A, { email: victim.email, password: wrongPassword(), from: freshLoopbackAddress() });
    expect(answer.message).toBe(INVALID);
  }
  const viaForm = await postSignIn(A, { email: victim.email, password: victim.password, from: freshLoopbackAddress() });
  expect(viaForm.message).toMatch(THROTTLED);
  expect(hasSession(viaForm.cookies)).toBe(false);

  // The other instance sees the same count: the limits live in the database.
  const viaB = await postSignIn(B, { email: victim.email, password: victim.password, from: PROXY, headers: { "x-forwarded-for": fakeForwardedAddress() } });
  expect(viaB.message).toMatch(THROTTLED);
  expect(hasSession(viaB.cookies)).toBe(false);

  const viaApi = await send(`${B}/api/auth/sign-in/email`, {
    method: "POST",
    from: PROXY,
    headers: { "content-type": "application/json", "x-forwarded-for": fakeForwardedAddress() },
    body: Buffer.from(JSON.stringify({ email: victim.email, password: victim.password })),
  });
  expect(viaApi.status).toBe(404);
});

test("a new X-Forwarded-For per try does not escape the per-address limit, unless a trusted proxy wrote it", async () => {
  const victim = await createAccount();
  const sprayFrom = async (base: string, from: string) => {
    // 20 accounts, one guess each (the per-account limit never starts), each with a new forwarded address.
    for (let i = 0; i < 20; i++) {
      const answer = await postSignIn(base, { email: unknownEmail(), password: wrongPassword(), from, headers: { "x-forwarded-for": fakeForwardedAddress() } });
      expect(answer.message).toBe(INVALID);
    }
    return postSignIn(base, { email: victim.email, password: victim.password, from, headers: { "x-forwarded-for": fakeForwardedAddress() } });
  };
  // B trusts PROXY only: from any other socket the header is ignored.
  expect((await sprayFrom(B, freshLoopbackAddress())).message).toMatch(THROTTLED);

  // Behind the trusted proxy the forwarded address is the client: one client is held back, the next one is not.
  const client = fakeForwardedAddress();
  for (let i = 0; i < 20; i++) await postSignIn(B, { email: unknownEmail(), password: wrongPassword(), from: PROXY, headers: { "x-forwarded-for": client } });
  const sameClient = await postSignIn(B, { email: unknownEmail(), password: wrongPassword(), from: PROXY, headers: { "x-forwarded-for": `1.2.3.4, ${client}` } });
  expect(sameClient.message).toMatch(THROTTLED);
  const otherClient = await postSignIn(B, { email: victim.email, password: victim.password, from: PROXY, headers: { "x-forwarded-for": `${client}, ${fakeForwardedAddress()}` } });
  expect(otherClient.location).toBe("/nb/admin");
  expect(hasSession(otherClient.cookies)).toBe(true);
});

test("unknown and known e-mail addresses get the same answers, about as fast", async () => {
  const known = (await Promise.all([createAccount(), createAccount()])).map((account) => account.email);
  const unknown = [unknownEmail(), unknownEmail()];
  const times: Record<"known" | "unknown", number[]> = { known: [], unknown: [] };
  const answers = new Set<string>();
  for (let round = 0; round < 6; round++) {
    for (const [kind, email] of [...known.map((e) => ["known", e] as const), ...unknown.map((e) => ["unknown", e] as const)]) {
      const answer = await postSignIn(B, { email, password: wrongPassword(), from: freshLoopbackAddress() });
      // Round 6 is held back for all four alike; rounds 1–5 are checked (and timed).
      answers.add(JSON.stringify({ round, status: answer.status, location: answer.location, cookies: answer.cookies, message: answer.message?.replace(/\d+/, "N") }));
      if (round < 5) times[kind].push(answer.ms);
    }
  }
  expect([...answers].map((a) => JSON.parse(a).round)).toEqual([0, 1, 2, 3, 4, 5]);
  expect(JSON.parse([...answers][0]!).message).toBe(INVALID);
  expect(JSON.parse([...answers][5]!).message).toMatch(/^For mange mislykkede forsøk/);
  // Loosely: checking a password for an account and for nobody costs the same hash.
  const ratio = median(times.known) / median(times.unknown);
  expect(ratio, `median ${median(times.known)} ms for known, ${median(times.unknown)} ms for unknown`).toBeGreaterThan(0.5);
  expect(ratio).toBeLessThan(2);
});

test("of a burst of simultaneous guesses at both instances, at most five passwords are checked", async () => {
  const victim = await createAccount();
  const answers = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      i % 2
        ? postSignIn(A, { email: victim.email, password: wrongPassword(), from: freshLoopbackAddress() })
        : postSignIn(B, { email: victim.email, password: wrongPassword(), from: PROXY, headers: { "x-forwarded-for": fakeForwardedAddress() } }),
    ),
  );
  expect(answers.filter((a) => a.message === INVALID).length).toBe(5);
  expect(answers.filter((a) => THROTTLED.test(a.message ?? "")).length).toBe(25);
});

test("the editor signs in from their own browser while an attacker's failures hold the account back", async ({ page }) => {
  const editor = await createAccount("Kari Nordmann");

  // First sign-in with the one-time password, then a new password the rules accept.
  await page.goto("/nb/admin/sign-in");
  await page.getByLabel("E-post").fill(editor.email);
  await page.getByLabel("Passord").fill(editor.password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("heading", { name: "Velg nytt passord" })).toBeVisible();
  const choose = async (password: string) => {
    await page.getByLabel("Nåværende (eller engangs-) passord").fill(editor.password);
    await page.getByLabel("Nytt passord", { exact: true }).fill(password);
    await page.getByLabel("Nytt passord en gang til").fill(password);
    await page.getByRole("button", { name: "Bytt passord" }).click();
  };
  const formError = page.locator("form [role=alert]");
  await choose("aaaaaaaaaaaa");
  await expect(formError).toHaveText("Passordet er for lett å gjette. Gjør det lengre, for eksempel med flere ord som ikke hører sammen.");
  await choose("123456789012");
  await expect(formError).toHaveText("Dette er et av de vanligste passordene. Velg et annet.");
  await choose(`${editor.email}!`);
  await expect(formError).toHaveText("Passordet kan ikke inneholde e-postadressen eller navnet ditt.");
  await choose("Nordmann-fjellet-1987");
  await expect(formError).toHaveText("Passordet kan ikke inneholde e-postadressen eller navnet ditt.");
  const newPassword = "sildesalat-ved-fjorden-42";
  await choose(newPassword);
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/sign-in$/);

  // An attacker with many addresses (behind the trusted proxy of instance B) guesses on.
  for (let i = 0; i < 30; i++) {
    await postSignIn(B, { email: editor.email, password: wrongPassword(), from: PROXY, headers: { "x-forwarded-for": fakeForwardedAddress() } });
  }
  // Even the right password does not get through for a browser that never signed in to the account…
  const stranger = await postSignIn(A, { email: editor.email, password: newPassword, from: freshLoopbackAddress() });
  expect(stranger.message).toMatch(THROTTLED);
  expect(hasSession(stranger.cookies)).toBe(false);

  // …but the editor's own browser signs in as usual.
  await page.goto("/nb/admin/sign-in");
  await page.getByLabel("E-post").fill(editor.email);
  await page.getByLabel("Passord").fill(newPassword);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/nb\/admin$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form names where it posts, shows its answers and signs in, at the public and at the bind address", async ({ page }) => {
    for (const origin of [process.env.PUBLIC_URL ?? `http://localhost:${PORT}`, A]) {
      const editor = await createAccount();
      const response = await page.goto(`${origin}/nb/admin/sign-in`);
      const html = await response!.text();
      expect(html).not.toMatch(/\saction=""/);
      await expect(page.locator("form")).toHaveAttribute("action", "/nb/admin/sign-in");

      await page.getByLabel("E-post").fill(editor.email);
      await page.getByLabel("Passord").fill(wrongPassword());
      await page.getByRole("button", { name: "Logg inn" }).click();
      await expect(page.locator("form [role=alert]")).toHaveText(INVALID);

      await page.getByLabel("E-post").fill(editor.email);
      await page.getByLabel("Passord").fill(editor.password);
      await page.getByRole("button", { name: "Logg inn" }).click();
      await expect(page).toHaveURL(`${origin}/nb/admin/password`);
      await page.context().clearCookies();
    }
  });
});
