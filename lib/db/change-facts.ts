import { readMaterialSummary, type AnnouncementFacts, type LatestVersionFacts } from "../notice/change-notices";
import { prisma } from "./client";
import { findAnnouncement } from "./schedules";

/** What public pages need to tell of an organisation's changes: its latest version's material change, and an announced one. */
export async function findChangeFacts(slug: string): Promise<{ latest: LatestVersionFacts | null; announcement: AnnouncementFacts | null }> {
  const [version, announcement] = await Promise.all([
    prisma.noticeVersion.findFirst({
      where: { organisation: { slug } },
      orderBy: { number: "desc" },
      select: { number: true, publishedAt: true, effectiveAt: true, materialSummary: true, materialNoticeUntil: true },
    }),
    findAnnouncement(slug),
  ]);
  return {
    latest: version && { ...version, materialSummary: readMaterialSummary(version.materialSummary) },
    announcement: announcement && { runAt: announcement.runAt, materialSummary: announcement.materialSummary },
  };
}
