-- Organisations onboarded in the admin: a short name, an organisation number, and archiving;
-- library parts remember which revision their adopters last published.
-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "organisationNumber" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "shortName" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Part" ADD COLUMN     "publishedRevision" INTEGER;

