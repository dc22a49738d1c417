import { expect, test, type APIRequestContext } from "@playwright/test";
import { prisma } from "../../../lib/db/client";
import { isPostgresUrl } from "../../../lib/db/url";
import { directoryTag, noticeTag } from "../../../lib/cache/tags.mjs";
import { NORDMORE } from "../support";
import { signIn } from "../admin/support";

// A group publish is one transaction: a failure at the fifth member publishes none of the nine,
// writes no audit entry, and expires no cached page. The failure is real, not mocked: a trigger
// makes the database refuse the fifth version carrying this test's change note (the four before
// it are already written in the same publish, which is what the count sees).
test.describe.configure({ mode: "serial" });

const NOTE = "Testen stopper publiseringen ved femte medlem";
const FAIL_AT = 5;
const usesPostgres = isPostgresUrl(process.env.DATABASE_URL ?? "");

const TRIGGER = usesPostgres
  ? [
      `CREATE OR REPLACE FUNCTION klartekst_test_refuse_version() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW."changeNote" = '${NOTE}' AND (SELECT count(*) FROM "NoticeVersion" WHERE "changeNote" = NEW."changeNote") >= ${FAIL_AT - 1} THEN
           RAISE EXCEPTION 'refused by the test';
         END IF;
         RETURN NEW;
       END $$`,
      `CREATE TRIGGER klartekst_test_refuse_version BEFORE INSERT ON "NoticeVersion" FOR EACH ROW EXECUTE FUNCTION klartekst_test_refuse_version()`,
    ]
  : [
      `CREATE TRIGGER klartekst_test_refuse_version BEFORE INSERT ON "NoticeVersion"
       WHEN NEW."changeNote" = '${NOTE}' AND (SELECT count(*) FROM "NoticeVersion" WHERE "changeNote" = NEW."changeNote") >= ${FAIL_AT - 1}
       BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
    ];
const DROP_TRIGGER = usesPostgres
  ? [`DROP TRIGGER IF EXISTS klartekst_test_refuse_version ON "NoticeVersion"`, `DROP FUNCTION IF EXISTS klartekst_test_refuse_version()`]
  : [`DROP TRIGGER IF EXISTS klartekst_test_refuse_version`];

test.beforeAll(async () => {
  for (const sql of TRIGGER) await prisma.$executeRawUnsafe(sql);
});
test.afterAll(async () => {
  for (const sql of DROP_TRIGGER) await prisma.$executeRawUnsafe(sql);
  await prisma.$disconnect();
});

const state = async () => ({
  versions: await prisma.noticeVersion.findMany({ where: { organisation: { slug: { in: NORDMORE } } }, select: { id: true }, orderBy: { id: "asc" } }),
  audit: await prisma.auditEvent.count({ where: { action: "notice.publish" } }),
  // Expired cache tags, as every instance reads them (lib/cache/tag-store.mjs).
  expiredTags: await prisma.cacheInvalidation.findMany({ orderBy: { tag: "asc" } }),
});

test("a group publish that fails at the fifth member publishes no member, audits nothing and expires no page", async ({ page }) => {
  const before = await state();
  expect(before.versions.length).toBeGreaterThanOrEqual(NORDMORE.length);

  await signIn(page, "nordmore@klartekst.test");
  await page.goto("/nb/admin/groups/nordmore/publish");
  await page.getByLabel("Endringsnotat (valgfritt)").fill(NOTE);
  await page.getByRole("button", { name: "Publiser for alle medlemmer" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "ingenting ble lagret" })).toBeVisible();

  const after = await state();
  expect(await prisma.noticeVersion.count({ where: { changeNote: NOTE } })).toBe(0);
  expect(after.versions).toEqual(before.versions);
  expect(after.audit).toBe(before.audit);
  expect(after.expiredTags).toEqual(before.expiredTags);

  // The citizens' pages still show the version they showed.
  const versions = await page.request.get("/nb/aure/versions");
  expect(versions.status()).toBe(200);
  expect(await versions.text()).not.toContain(NOTE);
});

/** When the sitemap says each notice page was last changed. */
async function sitemapLastModified(request: APIRequestContext): Promise<Map<string, string>> {
  const xml = await (await request.get("/sitemap.xml")).text();
  return new Map([...xml.matchAll(/<loc>([^<]+)<\/loc>\s*(?:<[^>]+>\s*)*?<lastmod>([^<]+)<\/lastmod>/g)].map((m) => [m[1]!, m[2]!]));
}

test("a publish that succeeds refreshes exactly the published organisation's pages, feed, API answers and sitemap entry", async ({ page }) => {
  const note = `Publisert av testen ${Date.now()}`;
  const before = await state();
  const sitemapBefore = await sitemapLastModified(page.request);
  const sonhPage = [...sitemapBefore.keys()].find((loc) => loc.endsWith("/nb/sonh"))!;
  const aurePage = [...sitemapBefore.keys()].find((loc) => loc.endsWith("/nb/aure"))!;
  // Read (and so cache) what the publish must refresh.
  expect(await (await page.request.get("/nb/sonh/versions/feed.xml")).text()).not.toContain(note);
  expect(await (await page.request.get("/api/v1/organisations/sonh/versions")).text()).not.toContain(note);

  await signIn(page, "sonh@klartekst.test");
  await page.goto("/nb/admin/organisations/sonh/publish");
  await page.getByLabel("Endringsnotat (valgfritt)").fill(note);
  await page.getByRole("button", { name: "Publiser nå" }).click();
  await expect(page).toHaveURL(/published=\d+/);
  const number = Number(new URL(page.url()).searchParams.get("published"));

  expect(await (await page.request.get("/nb/sonh/versions/feed.xml")).text()).toContain(note);
  const versions = await (await page.request.get("/api/v1/organisations/sonh/versions")).json();
  expect(versions.versions[0]).toMatchObject({ number, changeNote: note });
  const sitemapAfter = await sitemapLastModified(page.request);
  expect(Date.parse(sitemapAfter.get(sonhPage)!)).toBeGreaterThan(Date.parse(sitemapBefore.get(sonhPage)!));
  expect(sitemapAfter.get(aurePage)).toBe(sitemapBefore.get(aurePage));

  // The expired tags are this organisation's and the directory's, no other organisation's.
  const after = await state();
  const changed = after.expiredTags.filter((t) => !before.expiredTags.some((b) => b.tag === t.tag && b.expiredAt === t.expiredAt)).map((t) => t.tag);
  expect(changed.filter((tag) => tag.startsWith(noticeTag("")))).toEqual([noticeTag("sonh")]);
  expect(changed).toContain(directoryTag());
  expect(after.audit).toBe(before.audit + 1);
});
