import { buildSnapshot, type NoticeSnapshot } from "../notice/snapshot";
import { prisma } from "./client";
import { loadNoticeLayers } from "./layers";

/** Freezes the organisation's current resolved notice into a new immutable version. */
export async function publishOrganisation(organisationId: string, changeNote: string, publishedById: string | null = null) {
  const layers = await loadNoticeLayers(organisationId);
  if (!layers) throw new Error(`Unknown organisation ${organisationId}`);
  const snapshot: NoticeSnapshot = buildSnapshot(layers);
  return prisma.$transaction(async (tx) => {
    const last = await tx.noticeVersion.findFirst({ where: { organisationId }, orderBy: { number: "desc" }, select: { number: true } });
    return tx.noticeVersion.create({
      data: { organisationId, number: (last?.number ?? 0) + 1, changeNote, publishedById, snapshot, locales: snapshot.locales },
      select: { id: true, number: true, publishedAt: true },
    });
  });
}
