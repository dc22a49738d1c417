import { prisma } from "./client";

/** The origins an organisation allows to frame its embed; null when there is no such organisation. */
export async function findEmbedOrigins(slug: string): Promise<string[] | null> {
  const organisation = await prisma.organisation.findUnique({ where: { slug }, select: { embedOrigins: true } });
  if (!organisation) return null;
  const origins = organisation.embedOrigins;
  return Array.isArray(origins) ? origins.filter((origin): origin is string => typeof origin === "string") : [];
}
