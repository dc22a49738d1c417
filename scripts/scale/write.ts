import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { batches, rowsPerBatch } from "../../lib/backup/batches";
import { generatedProvider } from "../../lib/db/provider";
import type { ScalePlan } from "./plan";

/*
 * Bulk insert of a plan: one transaction (all or nothing, so a failed run leaves no half
 * generated tenants), createMany in the batches the backup import uses (lib/backup/batches.ts):
 * at most 500 rows and about 1 MB of values per statement. Prisma's time to prepare a statement
 * grows faster than its size: statements of 6,500 rows (the bind-parameter limit) took seconds each.
 */

/** Rows per statement for a model with these columns. */
function batchSize(scalarFields: Record<string, string>): number {
  return rowsPerBatch(generatedProvider, Object.keys(scalarFields).length);
}

async function inBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (const batch of batches(rows, size, (row) => JSON.stringify(row).length)) await insert(batch);
}

export async function writePlan(client: PrismaClient, plan: ScalePlan): Promise<void> {
  await client.$transaction(
    async (tx) => {
      await inBatches(plan.libraries, batchSize(Prisma.LibraryScalarFieldEnum), (data) => tx.library.createMany({ data }));
      await inBatches(plan.groups, batchSize(Prisma.GroupScalarFieldEnum), (data) => tx.group.createMany({ data }));
      await inBatches(plan.groupTranslations, batchSize(Prisma.GroupTranslationScalarFieldEnum), (data) => tx.groupTranslation.createMany({ data }));
      await inBatches(plan.organisations, batchSize(Prisma.OrganisationScalarFieldEnum), (data) => tx.organisation.createMany({ data }));
      await inBatches(plan.organisationTranslations, batchSize(Prisma.OrganisationTranslationScalarFieldEnum), (data) => tx.organisationTranslation.createMany({ data }));
      // Parts are planned so that a part comes after the parts it refers to (base, parent).
      await inBatches(plan.parts, batchSize(Prisma.PartScalarFieldEnum), (data) => tx.part.createMany({ data }));
      await inBatches(plan.partTranslations, batchSize(Prisma.PartTranslationScalarFieldEnum), (data) => tx.partTranslation.createMany({ data }));
      await inBatches(plan.partLegalBases, batchSize(Prisma.PartLegalBasisScalarFieldEnum), (data) => tx.partLegalBasis.createMany({ data }));
      await inBatches(plan.applicability, batchSize(Prisma.PartApplicabilityScalarFieldEnum), (data) => tx.partApplicability.createMany({ data }));
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
}

/** Removes everything a previous run generated (cascades to parts, texts and versions). */
export async function removeGenerated(client: PrismaClient, idPrefix: string): Promise<number> {
  return client.$transaction(
    async (tx) => {
      const { count } = await tx.organisation.deleteMany({ where: { id: { startsWith: idPrefix } } });
      await tx.group.deleteMany({ where: { id: { startsWith: idPrefix } } });
      await tx.library.deleteMany({ where: { id: { startsWith: idPrefix } } });
      return count;
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
}
