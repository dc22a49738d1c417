import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { useFreshDatabase } from "../support/test-db";

useFreshDatabase();
const { prisma } = await import("../../lib/db/client");
const { loadActor } = await import("../../lib/db/users");
const { searchAdminOrganisations, searchAdminGroups } = await import("../../lib/db/admin");
const { listAuditEvents } = await import("../../lib/db/audit");

type Actor = NonNullable<Awaited<ReturnType<typeof loadActor>>>;
const actors = {} as Record<"admin" | "nordmore" | "aure" | "billund", Actor>;
const nobody: Actor = { userId: "nobody", email: "nobody@x", name: "", isPlatformAdmin: false, mustChangePassword: false, mustSetUpTwoFactor: false, twoFactorEnabled: false, memberships: [] };

// Enough organisations for several pages, with Nordic letters in both cases, some in Nordmøre.
const EXTRA = [
  ...Array.from({ length: 60 }, (_, i) => ({ slug: `test-${String(i).padStart(2, "0")}`, name: `Testkommune ${String(i).padStart(2, "0")}` })),
  { slug: "aero", name: "Ærø Kommune" },
  { slug: "sor-aurdal", name: "Sør-Aurdal kommune" },
  { slug: "oksnes", name: "Øksnes kommune" },
  { slug: "afjord", name: "Åfjord kommune" },
  { slug: "haeroy", name: "HÆRØY KOMMUNE" },
  { slug: "prosent", name: "Hundre % Kommune" },
];
const NORDMORE_EXTRA = ["test-00", "test-01", "oksnes"];
const SEEDED = 12;

before(async () => {
  for (const name of ["admin", "nordmore", "aure", "billund"] as const) {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: `${name}@klartekst.test` } });
    actors[name] = (await loadActor(user.id))!;
  }
  const nordmore = await prisma.group.findUniqueOrThrow({ where: { slug: "nordmore" } });
  for (const org of EXTRA) {
    await prisma.organisation.create({
      data: { ...org, kind: "municipality", country: "NO", defaultLocale: "nb", locales: ["nb"], embedOrigins: [], groupId: NORDMORE_EXTRA.includes(org.slug) ? nordmore.id : null },
    });
  }
});
after(() => prisma.$disconnect());

const slugs = (page: { items: { slug: string }[] }) => page.items.map((o) => o.slug);

describe("organisation list: pages", () => {
  it("reads one page at a time and counts everything the actor may see", async () => {
    const first = await searchAdminOrganisations(actors.admin, { query: "", page: 1, pageSize: 25 });
    assert.equal(first.total, SEEDED + EXTRA.length);
    assert.equal(first.matching, first.total);
    assert.equal(first.items.length, 25);
    assert.equal(first.pageCount, Math.ceil(first.total / 25));
    const all = [];
    for (let page = 1; page <= first.pageCount; page++) all.push(...slugs(await searchAdminOrganisations(actors.admin, { query: "", page, pageSize: 25 })));
    assert.equal(all.length, first.total, "every organisation on exactly one page");
    assert.equal(new Set(all).size, first.total);
  });

  it("clamps a page beyond the last to the last", async () => {
    const last = await searchAdminOrganisations(actors.admin, { query: "", page: 9999, pageSize: 25 });
    assert.equal(last.page, last.pageCount);
    assert.equal(last.items.length, (SEEDED + EXTRA.length) % 25 || 25);
  });
});

describe("organisation list: search", () => {
  it("matches name and slug without regard to ASCII case", async () => {
    // A substring search: "sund" is only in Kristiansund, "SUN" also in Sunndal.
    assert.deepEqual(slugs(await searchAdminOrganisations(actors.admin, { query: "sund", page: 1 })), ["kristiansund"]);
    const sund = await searchAdminOrganisations(actors.admin, { query: "SUN", page: 1 });
    assert.deepEqual(slugs(sund), ["kristiansund", "sunndal"]);
    assert.equal(sund.total, SEEDED + EXTRA.length);
    assert.equal(sund.matching, sund.items.length);
    assert.deepEqual(slugs(await searchAdminOrganisations(actors.admin, { query: "SONH", page: 1 })), ["sonh"]);
  });

  it("matches æ, ø and å in either case", async () => {
    for (const [query, expected] of [
      ["smøla", ["smola"]],
      ["SMØLA", ["smola"]],
      ["sør-østerdal", ["sonh"]],
      ["SØR-ØSTERDAL", ["sonh"]],
      ["ærø", ["haeroy", "aero"]],
      ["ÆRØY", ["haeroy"]],
      ["hærøy", ["haeroy"]],
      ["øksnes", ["oksnes"]],
      ["ÅFJORD", ["afjord"]],
      ["averøy", ["averoy"]],
    ] as const) {
      assert.deepEqual(slugs(await searchAdminOrganisations(actors.admin, { query, page: 1 })), expected, query);
    }
  });

  it("finds ASCII slugs of names with Nordic letters", async () => {
    assert.deepEqual(slugs(await searchAdminOrganisations(actors.admin, { query: "averoy", page: 1 })), ["averoy"]);
  });

  it("never lets % or _ act as a wildcard that matches everything", async () => {
    assert.deepEqual(slugs(await searchAdminOrganisations(actors.admin, { query: "%", page: 1 })), []);
    assert.deepEqual(slugs(await searchAdminOrganisations(actors.admin, { query: "_", page: 1 })), []);
    assert.deepEqual(slugs(await searchAdminOrganisations(actors.admin, { query: "hundre %", page: 1 })), ["prosent"]);
    assert.deepEqual(slugs(await searchAdminOrganisations(actors.admin, { query: "%%\\", page: 1 })), []);
  });

  it("pages through matches", async () => {
    const first = await searchAdminOrganisations(actors.admin, { query: "testkommune", page: 1, pageSize: 25 });
    assert.equal(first.matching, 60);
    assert.equal(first.pageCount, 3);
    const third = await searchAdminOrganisations(actors.admin, { query: "testkommune", page: 3, pageSize: 25 });
    assert.deepEqual(
      slugs(third),
      Array.from({ length: 10 }, (_, i) => `test-${50 + i}`),
    );
  });

  it("says so when nothing matches", async () => {
    const none = await searchAdminOrganisations(actors.admin, { query: "finnes ikke", page: 4 });
    assert.deepEqual({ matching: none.matching, page: none.page, pageCount: none.pageCount, items: none.items }, { matching: 0, page: 1, pageCount: 1, items: [] });
  });
});

describe("organisation list: tenant scope stays in the query", () => {
  it("a group editor sees and counts only the group's members", async () => {
    const all = await searchAdminOrganisations(actors.nordmore, { query: "", page: 1, pageSize: 100 });
    assert.equal(all.total, 9 + NORDMORE_EXTRA.length);
    assert.ok(!slugs(all).includes("billund") && !slugs(all).includes("oslo"));
    const test = await searchAdminOrganisations(actors.nordmore, { query: "testkommune", page: 1 });
    assert.deepEqual(slugs(test), ["test-00", "test-01"]);
    assert.equal(test.matching, 2);
  });

  it("a search never widens the scope", async () => {
    for (const query of ["billund", "kommune", "%", "a"]) {
      const page = await searchAdminOrganisations(actors.aure, { query, page: 1, pageSize: 100 });
      assert.ok(
        slugs(page).every((s) => s === "aure"),
        query,
      );
      assert.equal(page.total, 1);
    }
    assert.deepEqual(slugs(await searchAdminOrganisations(actors.billund, { query: "", page: 1 })), ["billund"]);
  });

  it("someone without roles sees nothing", async () => {
    const page = await searchAdminOrganisations(nobody, { query: "", page: 1 });
    assert.deepEqual({ total: page.total, items: page.items }, { total: 0, items: [] });
  });

  it("limits to one group's members when asked", async () => {
    const group = await prisma.group.findUniqueOrThrow({ where: { slug: "nordmore" } });
    const members = await searchAdminOrganisations(actors.admin, { query: "", page: 1, pageSize: 100, groupId: group.id });
    assert.equal(members.total, 9 + NORDMORE_EXTRA.length);
    assert.deepEqual(slugs(await searchAdminOrganisations(actors.admin, { query: "øks", page: 1, groupId: group.id })), ["oksnes"]);
    assert.deepEqual(slugs(await searchAdminOrganisations(actors.aure, { query: "", page: 1, groupId: group.id })), ["aure"]);
  });
});

describe("group list", () => {
  it("searches and counts members", async () => {
    const groups = await searchAdminGroups(actors.admin, { query: "NORDMØRE", page: 1 });
    assert.deepEqual(
      groups.items.map((g) => [g.slug, g._count.members]),
      [["nordmore", 9 + NORDMORE_EXTRA.length]],
    );
    assert.equal((await searchAdminGroups(actors.admin, { query: "finnes ikke", page: 1 })).matching, 0);
  });

  it("shows only the groups the actor edits", async () => {
    assert.equal((await searchAdminGroups(actors.nordmore, { query: "", page: 1 })).total, 1);
    assert.equal((await searchAdminGroups(actors.aure, { query: "", page: 1 })).total, 0);
    assert.equal((await searchAdminGroups(actors.aure, { query: "nord", page: 1 })).matching, 0);
  });
});

describe("audit log", () => {
  before(async () => {
    const at = new Date("2026-01-01T12:00:00Z");
    await prisma.auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        // Many share one instant: the order must still put every event on exactly one page.
        at: new Date(at.getTime() + Math.floor(i / 10) * 1000),
        userId: i % 3 === 0 ? actors.aure.userId : actors.admin.userId,
        organisationId: "org:aure",
        action: "part.update",
        entity: "part",
        entityId: `test-${i}`,
      })),
    });
  });

  it("pages newest first, each event once", async () => {
    const seen: string[] = [];
    const first = await listAuditEvents({ organisationId: "org:aure" }, { query: "", page: 1, pageSize: 50 });
    for (let page = 1; page <= first.pageCount; page++) seen.push(...(await listAuditEvents({ organisationId: "org:aure" }, { query: "", page, pageSize: 50 })).items.map((e) => e.id));
    assert.equal(seen.length, first.total);
    assert.equal(new Set(seen).size, first.total);
    assert.ok(first.items[0]!.at >= first.items.at(-1)!.at);
  });

  it("searches by the person's e-mail or name, only in this organisation", async () => {
    const byAure = await listAuditEvents({ organisationId: "org:aure" }, { query: "AURE@", page: 1, pageSize: 50 });
    assert.equal(byAure.matching, 40);
    assert.ok(byAure.items.every((e) => e.user?.email === "aure@klartekst.test"));
    assert.equal((await listAuditEvents({ organisationId: "org:billund" }, { query: "aure@", page: 1 })).matching, 0);
  });
});
