import { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { editableGroups } from "../auth/scope";
import { checkLayers } from "../gdpr/check-layers";
import type { Finding } from "../gdpr/findings";
import { buildSnapshot } from "../notice/snapshot";
import type { NoticeLayers } from "../notice/types";
import { log } from "../log";
import { recordAudit } from "./audit";
import { storeNoticeCheck } from "./check-report";
import { prisma } from "./client";
import { loadNoticeLayers } from "./layers";
import { generatedProvider } from "./provider";

export type PublishInput = {
  changeNote: string;
  /** The person publishing; each version then gets its audit entry. null for the seed and scripts. */
  publishedById?: string | null;
  /** The group whose publish this is, recorded in the audit entries. */
  groupId?: string | null;
  /** More writes that must commit or fail with the versions (a library publish marks its parts published). */
  alsoInTransaction?: (tx: Prisma.TransactionClient) => Promise<void>;
};

export type PublishedVersionRef = { organisationId: string; slug: string; id: string; number: number; publishedAt: Date };

/**
 * A publish waits for any other publish of the same organisations (the row lock below), and a
 * group's nine snapshots are large: more time than Prisma's 5-second default, never unbounded.
 */
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 30_000 };

/**
 * Locks the organisations' rows until the transaction ends, so two publishes of one organisation
 * take turns: the second reads the number the first committed, and neither fails on the unique
 * (organisationId, number). Always in id order, so two overlapping group publishes cannot
 * deadlock. SQLite needs none: it lets one transaction write at a time, and the one connection
 * of this process runs one transaction at a time.
 */
async function lockOrganisations(tx: Prisma.TransactionClient, sortedIds: string[]) {
  if (generatedProvider !== "postgresql") return;
  await tx.$queryRaw`SELECT "id" FROM "Organisation" WHERE "id" IN (${Prisma.join(sortedIds)}) ORDER BY "id" FOR UPDATE`;
}

/** The checks' findings, or null if checking failed: a bug in a check is logged, never a reason not to publish. */
function adviceFor(layers: NoticeLayers): Finding[] | null {
  try {
    return checkLayers(layers, layers.organisation.defaultLocale).findings;
  } catch (error) {
    log.error("notice check failed", { organisationId: layers.organisation.id, error: String(error) });
    return null;
  }
}

/**
 * Freezes each organisation's current resolved notice into a new immutable version, all in one
 * transaction with their audit entries: either every organisation is published, or none is
 * (a group publish never leaves some members on the new text and some on the old). Returns
 * exactly what was committed, so the caller refreshes those pages and no others.
 */
export async function publishOrganisations(organisationIds: string[], { changeNote, publishedById = null, groupId = null, alsoInTransaction }: PublishInput): Promise<PublishedVersionRef[]> {
  const ids = [...new Set(organisationIds)].sort();
  if (ids.length === 0 && !alsoInTransaction) return [];
  // Resolving reads a few queries per organisation; done before the writing transaction so it
  // holds its locks only while writing. The checks' advice is stored with the version for the
  // platform report; it never stops a publish.
  const snapshots = (await readLayers(ids)).map((layers) => ({ organisationId: layers.organisation.id, slug: layers.organisation.slug, snapshot: buildSnapshot(layers), findings: adviceFor(layers) as Finding[] | null }));
  return prisma.$transaction(async (tx) => {
    if (ids.length) await lockOrganisations(tx, ids);
    const published: PublishedVersionRef[] = [];
    for (const { organisationId, slug, snapshot, findings } of snapshots) {
      const last = await tx.noticeVersion.findFirst({ where: { organisationId }, orderBy: { number: "desc" }, select: { number: true } });
      const version = await tx.noticeVersion.create({
        data: { organisationId, number: (last?.number ?? 0) + 1, changeNote, publishedById, snapshot, locales: snapshot.locales },
        select: { id: true, number: true, publishedAt: true },
      });
      if (findings) await storeNoticeCheck(tx, organisationId, version.number, findings);
      if (publishedById) {
        await recordAudit(tx, { userId: publishedById, organisationId, groupId, action: "notice.publish", entity: "version", entityId: version.id, after: { number: version.number, changeNote } });
      }
      published.push({ organisationId, slug, ...version });
    }
    await alsoInTransaction?.(tx);
    return published;
  }, TRANSACTION_LIMITS);
}

/**
 * The layers of every organisation as they were at one moment: a save commits its texts, legal
 * bases and applicability together, and the reads here (a dozen queries) must not see the
 * organisation's parts before such a save and their texts after it — a half-applied edit would
 * be frozen into the version. One transaction: REPEATABLE READ on PostgreSQL (one snapshot for
 * all its queries); SQLite's transactions always are.
 */
async function readLayers(ids: string[]): Promise<NoticeLayers[]> {
  // Only PostgreSQL's generated client has the level (./provider.ts); SQLite's enum throws when
  // asked for a member it lacks, and its transactions are serializable anyway.
  const isolation = generatedProvider === "postgresql" ? { isolationLevel: (Prisma.TransactionIsolationLevel as Record<string, Prisma.TransactionIsolationLevel>).RepeatableRead } : {};
  return prisma.$transaction(
    async (tx) => {
      const all: NoticeLayers[] = [];
      for (const organisationId of ids) {
        const layers = await loadNoticeLayers(organisationId, tx);
        if (!layers) throw new Error(`Unknown organisation ${organisationId}`);
        all.push(layers);
      }
      return all;
    },
    { ...TRANSACTION_LIMITS, ...isolation },
  );
}

/** Publishes one organisation (see publishOrganisations). */
export async function publishOrganisation(organisationId: string, changeNote: string, publishedById: string | null = null): Promise<PublishedVersionRef> {
  const [version] = await publishOrganisations([organisationId], { changeNote, publishedById });
  return version!;
}

/** A group the actor may publish, with its members that are not archived; null when unknown or not the actor's. */
export function findPublishableGroup(id: string, actor: Actor) {
  return prisma.group.findFirst({ where: { id, ...editableGroups(actor) }, select: { id: true, slug: true, members: { where: { archivedAt: null }, select: { id: true } } } });
}
