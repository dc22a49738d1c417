-- Organisations onboarded in the admin: a short name, an organisation number, and archiving.
-- Added columns rather than Prisma's table rebuild: SQLite appends them, which Prisma does not mind.
ALTER TABLE "Organisation" ADD COLUMN "shortName" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Organisation" ADD COLUMN "organisationNumber" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Organisation" ADD COLUMN "archivedAt" DATETIME;

-- Library parts remember which revision their adopters last published.
ALTER TABLE "Part" ADD COLUMN "publishedRevision" INTEGER;
