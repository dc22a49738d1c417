import { defineConfig } from "@playwright/test";

const port = Number(process.env.KLARTEKST_TEST_PORT ?? 3123);
/**
 * The site's public address differs from where the server binds (127.0.0.1): every absolute
 * URL the tests see must use it. scripts/test-all.sh builds with the same PUBLIC_URL.
 */
export const PUBLIC_URL = process.env.PUBLIC_URL ?? `http://localhost:${port}`;

/** The token the tests' server wants for GET /metrics (a production one comes from the environment). */
export const METRICS_TOKEN = "metrics-token-for-the-tests-only";

/**
 * Browser tests in Debian's Chromium against the production build (`next build` first;
 * scripts/test-all.sh does it). The server uses whatever DATABASE_URL the build used.
 */
export default defineConfig({
  testDir: "tests/browser",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
    locale: "nb-NO",
  },
  // Admin tests publish changes, so they run after the tests that read the seeded notices. The
  // publish tests watch the database's expired cache tags, so they run alone, between the two;
  // the record import runs alone after the admin tests.
  projects: [
    // Patterns are matched against absolute paths: anchored on tests/browser/, so a checkout in a
    // folder named like a project (…/wt-publish/) cannot move every test into that project.
    { name: "public", testIgnore: [/tests\/browser\/(admin|publish|record|approval)\//, /tests\/browser\/outside\/bounded-caches\.spec\.ts$/] },
    // The publish tests watch which cache tags a publish expires: alone, the scheduled publishing
    // tests (which expire others' tags) after them.
    { name: "publish", testMatch: /tests\/browser\/publish\/.*\.spec\.ts$/, testIgnore: /tests\/browser\/publish\/scheduled\.spec\.ts$/, dependencies: ["public"], fullyParallel: false },
    { name: "scheduled", testMatch: /tests\/browser\/publish\/scheduled\.spec\.ts$/, dependencies: ["publish"], fullyParallel: false },
    {
      name: "admin",
      testMatch: /tests\/browser\/admin\/.*\.spec\.ts$/,
      testIgnore: /tests\/browser\/admin\/(sign-in-attacks|onboarding|testvik)\.spec\.ts$/,
      dependencies: ["scheduled"],
      fullyParallel: false,
    },
    // The record import adds drafts to Oslo and checks that none of it is public until published:
    // alone, after the admin tests, one of which publishes Oslo.
    { name: "record", testMatch: /tests\/browser\/record\/.*\.spec\.ts$/, dependencies: ["admin"], fullyParallel: false },
    // Four-eyes approval makes Kristiansund require approval while it runs: alone, so no other
    // test's publish of Kristiansund (or of its group) is refused meanwhile.
    { name: "approval", testMatch: /tests\/browser\/approval\/four-eyes\.spec\.ts$/, dependencies: ["record"], fullyParallel: false },
    // A group's approval changes every Nordmøre member's draft, Kristiansund's too: after it, alone.
    { name: "group-approval", testMatch: /tests\/browser\/approval\/group-approval\.spec\.ts$/, dependencies: ["approval"], fullyParallel: false },
    // Onboarding adds organisations to Nordmøre and to the directory, which the admin tests count.
    { name: "onboarding", testMatch: /tests\/browser\/admin\/(onboarding|testvik)\.spec\.ts$/, dependencies: ["group-approval"], fullyParallel: false },
    // The password-guessing attacks hash a hundred passwords and start a second server: they run
    // last and alone (one file, in order), so they slow down no other test.
    { name: "attacks", testMatch: /tests\/browser\/admin\/sign-in-attacks\.spec\.ts$/, dependencies: ["onboarding"], fullyParallel: false },
    // It counts every file added to .next while it asks for unknown addresses, so it runs last,
    // alone: a spec rendering pages beside it (the link check) wrote files it then counted.
    { name: "bounded-caches", testMatch: /tests\/browser\/outside\/bounded-caches\.spec\.ts$/, dependencies: ["attacks"], fullyParallel: false },
  ],
  webServer: {
    command: `node server.mjs -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/nb`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Subscription mails and webhooks go out from whichever instance's job runner takes them, so
    // this server sends to the loopback SMTP server and webhook receiver that
    // tests/browser/admin/subscriptions.spec.ts starts on these ports (nothing else sends from here).
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      PUBLIC_URL,
      METRICS_TOKEN,
      SMTP_URL: `smtp://127.0.0.1:${port + 14}`,
      MAIL_FROM: "Klartekst <no-reply@personvern.example.no>",
      WEBHOOK_ALLOW_LOOPBACK: "1",
    },
  },
});
