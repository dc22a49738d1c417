/**
 * Idempotent demo/seed data: the twelve organisations and the full text of ../shared/seeds
 * (copied to prisma/seed-data/sources). Running it again rewrites the seeded content to the
 * same state and publishes a new version only where the resolved notice changed.
 */
import { isDeepStrictEqual } from "node:util";
import { activityContentSchema, sectionContentSchema } from "../lib/content/schema";
import { prisma } from "../lib/db/client";
import { publishOrganisation } from "../lib/db/versions";
import { loadNoticeLayers } from "../lib/db/layers";
import { buildSnapshot } from "../lib/notice/snapshot";
import type { Prisma } from "../generated/prisma/client";
import { LEGAL_BASES } from "./seed-data/legal-bases";
import { telephoneInquiriesActivity } from "./seed-data/library-no";
import { nordmoreNotice } from "./seed-data/nordmore";
import { billundNotice } from "./seed-data/billund";
import { osloNotice } from "./seed-data/oslo";
import { sonhNotice } from "./seed-data/sonh";
import { ORGANISATIONS } from "./seed-data/organisations";
import type { SeedActivity, SeedNotice, SeedPart } from "./seed-data/types";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from "./seed-data/demo-users";
import { enableTotpWithSecret } from "../lib/db/two-factor";
import { upsertPasswordUser } from "../lib/db/user-admin";

type Tx = Prisma.TransactionClient;
type Owner = { libraryId: string } | { groupId: string } | { organisationId: string };

const json = (value: unknown) => value as Prisma.InputJsonValue;

async function seedLegalBases(tx: Tx) {
  for (const [position, basis] of LEGAL_BASES.entries()) {
    const data = { kind: basis.kind, country: basis.country ?? null, url: basis.url, position };
    await tx.legalBasis.upsert({ where: { code: basis.code }, create: { code: basis.code, ...data }, update: data });
    for (const [locale, text] of Object.entries(basis.text)) {
      await tx.legalBasisTranslation.upsert({
        where: { code_locale: { code: basis.code, locale } },
        create: { code: basis.code, locale, ...text },
        update: text,
      });
    }
  }
}

/**
 * Writes a seeded part with its texts, legal bases and applicability as the seed says, in place
 * when it exists: parts that others refer to (a library part an organisation adopts, a shared
 * part a member overrides) are never deleted and re-created, which would delete those too.
 */
async function writePart(
  tx: Tx,
  id: string,
  part: Omit<Prisma.PartUncheckedCreateInput, "id" | "translations" | "legalBases" | "applicability">,
  children: {
    translations: Prisma.PartTranslationCreateWithoutPartInput[];
    legalBases?: Prisma.PartLegalBasisCreateWithoutPartInput[];
    applicability?: Prisma.PartApplicabilityCreateWithoutPartInput[];
  },
) {
  await tx.part.upsert({
    where: { id },
    create: { id, ...part, translations: { create: children.translations }, legalBases: { create: children.legalBases ?? [] }, applicability: { create: children.applicability ?? [] } },
    update: {
      ...part,
      translations: { deleteMany: {}, create: children.translations },
      legalBases: { deleteMany: {}, create: children.legalBases ?? [] },
      applicability: { deleteMany: {}, create: children.applicability ?? [] },
    },
  });
  seededPartIds.add(id);
}

/** Ids of the parts this run wrote, so seeded parts the seed no longer has can be removed. */
const seededPartIds = new Set<string>();

async function createActivity(tx: Tx, id: string, owner: Owner, activity: SeedActivity, locale: string, position: number, parentId: string | null, memberIds: Map<string, string>) {
  const content = activityContentSchema.parse(activity.content);
  await writePart(
    tx,
    id,
    { kind: "activity", mode: "own", slug: activity.slug, position, parentId, retentionPeriod: activity.retentionPeriod ?? null, ...owner },
    {
      translations: [{ locale, title: activity.title, content: json(content) }],
      legalBases: activity.legalBases.map((code, i) => ({ basis: { connect: { code } }, position: i })),
      applicability: (activity.appliesTo ?? []).map((slug) => {
        const organisationId = memberIds.get(slug);
        if (!organisationId) throw new Error(`appliesTo names unknown organisation ${slug}`);
        return { organisation: { connect: { id: organisationId } } };
      }),
    },
  );
}

/** Writes a notice's parts into one layer with ids derived from the owner and slug. */
async function createParts(tx: Tx, prefix: string, owner: Owner, notice: SeedNotice, memberIds = new Map<string, string>()) {
  let position = 0;
  const next = () => (position += 10);
  for (const part of notice.parts as SeedPart[]) {
    const id = `${prefix}:${part.slug}`;
    if (part.kind === "activity") {
      await createActivity(tx, id, owner, part, notice.locale, next(), null, memberIds);
      continue;
    }
    await writePart(
      tx,
      id,
      { kind: "section", mode: "own", slug: part.slug, position: next(), parentId: null, ...owner },
      {
        translations: [{ locale: notice.locale, title: part.title, content: json(sectionContentSchema.parse({ body: part.body })) }],
      },
    );
    for (const child of part.children ?? []) {
      await createActivity(tx, `${prefix}:${child.slug}`, owner, child, notice.locale, next(), id, memberIds);
    }
  }
  return position;
}

async function seedContent(tx: Tx) {
  await seedLegalBases(tx);

  const library = await tx.library.upsert({
    where: { slug: "no-standard" },
    create: { id: "library:no-standard", slug: "no-standard", name: "Norsk standardbibliotek", country: "NO" },
    update: {},
  });
  const group = await tx.group.upsert({
    where: { slug: "nordmore" },
    create: { id: "group:nordmore", slug: "nordmore", name: "Nordmøre-kommunene" },
    update: {},
  });
  const organisationIds = new Map<string, string>();
  for (const org of ORGANISATIONS) {
    const { slug, group: groupSlug, noDpoNote, ...settings } = org;
    const data = {
      ...settings,
      locales: json(org.locales),
      embedOrigins: json([org.website]),
      groupId: groupSlug ? group.id : null,
    };
    const row = await tx.organisation.upsert({ where: { slug }, create: { id: `org:${slug}`, slug, ...data }, update: data });
    organisationIds.set(slug, row.id);
    if (noDpoNote) {
      await tx.organisationTranslation.upsert({
        where: { organisationId_locale: { organisationId: row.id, locale: org.defaultLocale } },
        create: { organisationId: row.id, locale: org.defaultLocale, noDpoNote, intro: json([]) },
        update: { noDpoNote },
      });
    }
  }

  // The seeded organisations' own layers are rewritten whole, so a second run gives the same
  // content. The library's and the group's seeded parts are rewritten in place (writePart): other
  // organisations, onboarded in the admin, may adopt or override them.
  await tx.part.deleteMany({ where: { organisationId: { in: [...organisationIds.values()] } } });

  await createParts(tx, "library:no-standard", { libraryId: library.id }, { locale: "nb", title: "", intro: [], parts: [telephoneInquiriesActivity] });

  await createParts(tx, "group:nordmore", { groupId: group.id }, nordmoreNotice, organisationIds);
  const groupTexts = { noticeTitle: nordmoreNotice.title, intro: json(nordmoreNotice.intro) };
  await tx.groupTranslation.upsert({
    where: { groupId_locale: { groupId: group.id, locale: nordmoreNotice.locale } },
    create: { groupId: group.id, locale: nordmoreNotice.locale, ...groupTexts },
    update: groupTexts,
  });

  // Seeded library and group parts the seed no longer has (renamed or removed from seed-data).
  await tx.part.deleteMany({
    where: {
      OR: [
        { libraryId: library.id, id: { startsWith: "library:no-standard:" } },
        { groupId: group.id, id: { startsWith: "group:nordmore:" } },
      ],
      id: { notIn: [...seededPartIds] },
    },
  });

  const ownNotices = { billund: billundNotice, oslo: osloNotice, sonh: sonhNotice };
  for (const [slug, notice] of Object.entries(ownNotices)) {
    const organisationId = organisationIds.get(slug)!;
    const last = await createParts(tx, `org:${slug}`, { organisationId }, notice);
    const texts = { noticeTitle: notice.title, intro: json(notice.intro) };
    await tx.organisationTranslation.upsert({
      where: { organisationId_locale: { organisationId, locale: notice.locale } },
      create: { organisationId, locale: notice.locale, ...texts },
      update: texts,
    });
    if (slug === "oslo") {
      // Oslo adopts the library's telephone-inquiries activity (details vary per unit).
      await tx.part.create({
        data: {
          id: "org:oslo:adopt:henvendelser-per-telefon",
          kind: "activity",
          mode: "inherit",
          position: last + 10,
          organisationId,
          baseId: `library:no-standard:${telephoneInquiriesActivity.slug}`,
        },
      });
    }
  }
  return organisationIds;
}

async function publishChanged(organisationIds: Map<string, string>) {
  const archived = new Set((await prisma.organisation.findMany({ where: { id: { in: [...organisationIds.values()] }, archivedAt: { not: null } }, select: { id: true } })).map((o) => o.id));
  for (const [slug, id] of organisationIds) {
    if (archived.has(id)) continue; // archived in the admin: it publishes nothing until it is brought back
    const layers = await loadNoticeLayers(id);
    const latest = await prisma.noticeVersion.findFirst({ where: { organisationId: id }, orderBy: { number: "desc" } });
    const unchanged = latest && layers && isDeepStrictEqual(JSON.parse(JSON.stringify(buildSnapshot(layers))), latest.snapshot);
    if (unchanged) continue;
    const version = await publishOrganisation(id, latest ? "Oppdatert fra kildedokumentene" : "Første publiserte versjon");
    console.log(`published ${slug} v${version.number}`);
  }
}

/** Demo accounts with a documented password: never in production. */
async function seedDemoUsers(organisationIds: Map<string, string>) {
  if (process.env.NODE_ENV === "production") return;
  const serverSecret = process.env.BETTER_AUTH_SECRET;
  for (const user of DEMO_USERS) {
    const created = await upsertPasswordUser({
      ...user,
      password: DEMO_PASSWORD,
      memberships: user.memberships.map((m) => ({ role: m.role, organisationId: m.organisation && organisationIds.get(m.organisation), groupId: m.group && "group:nordmore" })),
    });
    // Platform admins must use two-factor; sealed with the server's secret, so only with one set (npm run db:setup writes it).
    if (user.isPlatformAdmin && serverSecret) await enableTotpWithSecret(created.id, DEMO_TOTP_SECRET, serverSecret);
  }
  console.log(`demo accounts: ${DEMO_USERS.map((u) => u.email).join(", ")}`);
}

/** The seeded library parts are what their adopters published: nothing in the library waits to be published. */
async function markLibraryPublished() {
  const parts = await prisma.part.findMany({ where: { id: { startsWith: "library:no-standard:" }, libraryId: { not: null } }, select: { id: true, revision: true } });
  for (const part of parts) await prisma.part.update({ where: { id: part.id }, data: { publishedRevision: part.revision } });
}

/**
 * Halsa kommune, a Nordmøre municipality until it merged into Heim in 2020: published with the
 * group's notice, then taken out of the group and archived, to show an archived organisation
 * (its addresses answer 410 Gone, its versions stay readable). Demo data: never in production.
 * Once published it is left as it is, so a second run changes nothing.
 */
async function seedArchivedOrganisation() {
  if (process.env.NODE_ENV === "production") return;
  const existing = await prisma.organisation.findUnique({ where: { slug: "halsa" }, select: { _count: { select: { versions: true } } } });
  if (existing?._count.versions) return;
  const halsa = await prisma.organisation.upsert({
    where: { slug: "halsa" },
    create: {
      id: "org:halsa",
      slug: "halsa",
      name: "Halsa kommune",
      shortName: "Halsa",
      kind: "municipality",
      country: "NO",
      defaultLocale: "nb",
      locales: json(["nb", "nn"]),
      embedOrigins: json([]),
      accentColor: "#2c4f6b",
      groupId: "group:nordmore",
    },
    update: { groupId: "group:nordmore", archivedAt: null },
  });
  await publishOrganisation(halsa.id, "Første publiserte versjon");
  await prisma.organisation.update({ where: { id: halsa.id }, data: { groupId: null, archivedAt: new Date("2020-01-01T00:00:00Z") } });
  console.log("published and archived halsa");
}

async function main() {
  const organisationIds = await prisma.$transaction(seedContent, { timeout: 60_000 });
  await publishChanged(organisationIds);
  await markLibraryPublished();
  await seedArchivedOrganisation();
  await seedDemoUsers(organisationIds);
  console.log(`seeded ${organisationIds.size} organisations`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
