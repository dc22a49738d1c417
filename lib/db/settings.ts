import type { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { editableOrganisations } from "../auth/scope";
import type { SettingsInput } from "../actions/settings-form";
import { recordAudit } from "./audit";
import { prisma } from "./client";

export type SettingsResult = { status: "saved"; revision: number; slug: string } | { status: "conflict"; revision: number } | { status: "missing" };

/** Saves settings unless someone saved them since `revision` (tenant filter and revision in the where). */
export async function saveOrganisationSettings(actor: Actor, input: SettingsInput): Promise<SettingsResult> {
  const { id, revision, noDpoNote, locales, embedOrigins, ...fields } = input;
  return prisma.$transaction(async (tx) => {
    const before = await tx.organisation.findFirst({ where: { id, ...editableOrganisations(actor) }, include: { translations: true } });
    if (!before) return { status: "missing" };
    const updated = await tx.organisation.updateMany({
      where: { id, revision, ...editableOrganisations(actor) },
      data: { ...fields, locales: locales as Prisma.InputJsonValue, embedOrigins: embedOrigins as Prisma.InputJsonValue, revision: { increment: 1 } },
    });
    if (updated.count === 0) return { status: "conflict", revision: before.revision };
    await tx.organisationTranslation.upsert({
      where: { organisationId_locale: { organisationId: id, locale: input.defaultLocale } },
      create: { organisationId: id, locale: input.defaultLocale, noDpoNote, intro: [] },
      update: { noDpoNote },
    });
    const after = await tx.organisation.findUniqueOrThrow({ where: { id }, include: { translations: true } });
    await recordAudit(tx, { userId: actor.userId, organisationId: id, action: "organisation.settings", entity: "organisation", entityId: id, before, after });
    return { status: "saved", revision: after.revision, slug: after.slug };
  });
}
