import { createHash } from "node:crypto";
import { Prisma } from "../../generated/prisma/client";
import { mayDo, type Actor } from "../auth/permissions";
import { libraryRowsFor } from "../auth/scope";
import type { NewLibrary } from "../actions/organisation-form";
import type { Locale } from "../content/schema";
import type { ResolvedNotice } from "../notice/types";
import { recordAudit } from "./audit";
import { prisma } from "./client";
import { loadDraft } from "./drafts";
import { checkApprovals, markApprovalsPublished, type PublishApproval } from "./approvals";
import { ApprovalNoLongerMatches, publishOrganisations, type PublishedVersionRef } from "./versions";

/*
 * The platform library: parts that groups and organisations adopt. Its parts are drafts like
 * any other; publishing the library publishes every organisation whose notice an unpublished
 * library change reaches, in one transaction (lib/db/versions.ts).
 */

/** Every library with its parts (few: a catalogue per country), if the actor may edit the library. */
export function listLibraries(actor: Actor) {
  return prisma.library.findMany({
    where: libraryRowsFor(actor, "library.edit"),
    orderBy: [{ country: "asc" }, { name: "asc" }],
    include: {
      parts: {
        where: { mode: "own" },
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          slug: true,
          parentId: true,
          revision: true,
          publishedRevision: true,
          translations: { select: { locale: true, title: true } },
          _count: { select: { derived: true } },
        },
      },
    },
  });
}

/** Libraries a new organisation may start from (every one; the form checks the country). */
export function listLibraryTemplates() {
  return prisma.library.findMany({ orderBy: [{ country: "asc" }, { name: "asc" }], select: { id: true, name: true, country: true, _count: { select: { parts: true } } } });
}

export type LibraryResult = { status: "saved"; id: string } | { status: "missing" } | { status: "invalid"; field: "slug"; problem: "slugTaken" };

export async function createLibrary(actor: Actor, input: NewLibrary): Promise<LibraryResult> {
  if (!mayDo(actor, "library.edit")) return { status: "missing" };
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.library.findUnique({ where: { slug: input.slug }, select: { id: true } })) return { status: "invalid", field: "slug", problem: "slugTaken" };
      const library = await tx.library.create({ data: input });
      await recordAudit(tx, { userId: actor.userId, action: "library.create", entity: "library", entityId: library.id, after: input });
      return { status: "saved", id: library.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { status: "invalid", field: "slug", problem: "slugTaken" };
    throw error;
  }
}

/** A library the actor may add parts to, with the languages its parts are written in. */
export function findEditableLibrary(id: string, actor: Actor) {
  return prisma.library.findFirst({ where: { id, ...libraryRowsFor(actor, "library.edit") }, select: { id: true, country: true } });
}

export type AdopterChange = { id: string; slug: string; name: string; locale: Locale; published: ResolvedNotice | null; draft: ResolvedNotice };

export type LibraryPublishPlan = {
  /** Library parts changed since their adopters last published them. */
  changed: { id: string; revision: number; title: string }[];
  /** Published, not archived organisations that adopt a changed part and whose notice would change. */
  organisations: AdopterChange[];
  /** Sent back with the confirmation: the publish goes ahead only if this still holds. */
  fingerprint: string;
};

/**
 * What publishing the library would do, for an actor who may: the changed parts and, for each
 * organisation that adopts one (itself or through its group), its notice before and after.
 * Organisations never published are left alone: they become public only by their own first publish.
 */
export async function planLibraryPublish(actor: Actor): Promise<LibraryPublishPlan | null> {
  if (!mayDo(actor, "library.publish")) return null;
  const parts = await prisma.part.findMany({
    where: { libraryId: { not: null }, ...libraryRowsFor(actor, "library.publish") },
    orderBy: [{ libraryId: "asc" }, { position: "asc" }],
    select: { id: true, revision: true, publishedRevision: true, translations: { select: { locale: true, title: true } } },
  });
  const changed = parts.filter((p) => p.publishedRevision !== p.revision).map((p) => ({ id: p.id, revision: p.revision, title: p.translations[0]?.title ?? p.id }));
  const ids = changed.map((p) => p.id);
  const adopters = ids.length
    ? await prisma.organisation.findMany({
        where: { archivedAt: null, versions: { some: {} }, OR: [{ parts: { some: { baseId: { in: ids } } } }, { group: { parts: { some: { baseId: { in: ids } } } } }] },
        orderBy: [{ name: "asc" }, { slug: "asc" }],
        select: { id: true, slug: true, name: true, defaultLocale: true },
      })
    : [];
  const organisations: AdopterChange[] = [];
  for (const org of adopters) {
    const locale = org.defaultLocale as Locale;
    const draft = await loadDraft(org.id, locale);
    if (draft?.hasUnpublishedChanges) organisations.push({ ...org, locale, published: draft.publishedNotice, draft: draft.notice });
  }
  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ changed: changed.map((p) => [p.id, p.revision]), organisations: organisations.map((o) => [o.id, o.draft]) }))
    .digest("hex");
  return { changed, organisations, fingerprint };
}

export type LibraryPublishResult =
  | { status: "published"; versions: PublishedVersionRef[] }
  | { status: "missing" }
  | { status: "changed" }
  /** Adopters that require approval (four eyes, decision 0031) and have none of their draft as it is. */
  | { status: "not-approved"; names: string[] };

/** Publishes the library's changes to every organisation the plan names, all or none, if the plan still holds. */
export async function publishLibrary(actor: Actor, input: { changeNote: string; fingerprint: string }): Promise<LibraryPublishResult> {
  const plan = await planLibraryPublish(actor);
  if (!plan) return { status: "missing" };
  if (plan.fingerprint !== input.fingerprint) return { status: "changed" };
  // A library change reaches an adopter's public notice like any publish: never past its four-eyes rule.
  const approval = await checkApprovals(
    plan.organisations.map((o) => o.id),
    "now",
  );
  if (!approval.allowed) return { status: "not-approved", names: approval.names };
  let versions: PublishedVersionRef[];
  try {
    versions = await publishLibraryVersions(actor, input, plan, approval.approvals);
  } catch (error) {
    // An adopter's draft changed after the check: its approval is not of what would be frozen.
    if (error instanceof ApprovalNoLongerMatches) return { status: "not-approved", names: error.names };
    throw error;
  }
  return { status: "published", versions };
}

function publishLibraryVersions(actor: Actor, input: { changeNote: string }, plan: LibraryPublishPlan, approvals: PublishApproval[]) {
  return publishOrganisations(
    plan.organisations.map((o) => o.id),
    {
      changeNote: input.changeNote,
      publishedById: actor.userId,
      approved: approvals,
      alsoInTransaction: async (tx) => {
        await markApprovalsPublished(tx, approvals);
        // Marks the revisions that were previewed: a part saved since stays changed.
        for (const part of plan.changed) {
          await tx.part.updateMany({ where: { id: part.id, libraryId: { not: null }, ...libraryRowsFor(actor, "library.publish") }, data: { publishedRevision: part.revision } });
        }
        await recordAudit(tx, {
          userId: actor.userId,
          action: "library.publish",
          entity: "library",
          entityId: "library",
          after: { parts: plan.changed, organisations: plan.organisations.map((o) => o.slug), changeNote: input.changeNote },
        });
      },
    },
  );
}
