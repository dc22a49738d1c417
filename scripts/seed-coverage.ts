/**
 * Checks that every line of a source notice in ../shared/seeds reaches the seed data written for it.
 * Used by the seed tests and while writing seed data: `tsx scripts/seed-coverage.ts`.
 */
import { SEED_SOURCES, seedSourceLines } from "../prisma/seed-data/sources";
import { seedNoticeText } from "../prisma/seed-data/flatten";

let missing = 0;
for (const source of SEED_SOURCES) {
  const text = seedNoticeText(source.notices());
  const lines = seedSourceLines(source);
  const absent = lines.filter((line) => !text.includes(line));
  missing += absent.length;
  console.log(`${source.file}: ${lines.length - absent.length}/${lines.length} lines present`);
  for (const line of absent) console.log(`  MISSING: ${line}`);
}
process.exit(missing ? 1 : 0);
