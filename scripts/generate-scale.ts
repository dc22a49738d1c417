/**
 * Fills the database named by DATABASE_URL (migrated and seeded with the 12 real organisations)
 * with synthetic Norwegian and Danish municipalities until it holds N organisations, then
 * publishes each new one through the app's own publish code:
 *   npm run db:scale -- --organisations 500 --activities 30 [--seed 1] [--reset]
 * Run again with the same N it only publishes what is still unpublished; with another N it
 * refuses unless --reset (which first removes what an earlier run generated).
 */
import { parseArgs } from "node:util";
import { prisma } from "../lib/db/client";
import { publishOrganisations } from "../lib/db/versions";
import { MAX_ACTIVITIES, planScale, SCALE_ID_PREFIX, type ScalePlan } from "./scale/plan";
import { removeGenerated, writePlan } from "./scale/write";

const { values: args } = parseArgs({
  options: {
    organisations: { type: "string", default: "500" },
    activities: { type: "string", default: "30" },
    seed: { type: "string", default: "1" },
    reset: { type: "boolean", default: false },
  },
});

const target = Number(args.organisations);
const activities = Number(args.activities);
const seed = Number(args.seed);

function fail(message: string): never {
  console.error(`db:scale: ${message}`);
  process.exit(1);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Organisations published per transaction. One at a time, the run waited on a commit (an
 * fsync on SQLite) per organisation: 490 of them took 13 minutes at 11 % CPU on a busy disk.
 * Few enough that a transaction stays well inside Prisma's 5 s default timeout.
 */
const PUBLISHED_PER_TRANSACTION = 20;

async function publishUnpublished(): Promise<number> {
  const unpublished = await prisma.organisation.findMany({
    where: { id: { startsWith: SCALE_ID_PREFIX }, versions: { none: {} } },
    select: { id: true },
    orderBy: { slug: "asc" },
  });
  for (let start = 0; start < unpublished.length; start += PUBLISHED_PER_TRANSACTION) {
    const ids = unpublished.slice(start, start + PUBLISHED_PER_TRANSACTION).map(({ id }) => id);
    await publishOrganisations(ids, { changeNote: "Syntetiske testdata for skaleringstest" });
    const done = start + ids.length;
    if (Math.floor(done / 100) > Math.floor(start / 100) || done === unpublished.length) console.log(`  published ${done}/${unpublished.length}`);
  }
  return unpublished.length;
}

function describe(plan: ScalePlan): string {
  return Object.entries(plan)
    .map(([table, rows]) => `${table} ${rows.length}`)
    .join(", ");
}

async function main() {
  if (!Number.isInteger(target) || target < 1) fail("--organisations must be a positive whole number");
  if (!Number.isInteger(activities) || activities < 2 || activities > MAX_ACTIVITIES) fail(`--activities must be between 2 and ${MAX_ACTIVITIES}`);
  if ((await prisma.legalBasis.count()) === 0) fail("the database has no legal bases: migrate and seed it first (npx prisma migrate deploy && npx prisma db seed)");

  const started = performance.now();
  if (args.reset) console.log(`removed ${await removeGenerated(prisma, SCALE_ID_PREFIX)} generated organisations`);
  const total = await prisma.organisation.count();
  const generated = await prisma.organisation.count({ where: { id: { startsWith: SCALE_ID_PREFIX } } });

  if (generated > 0 && total !== target) {
    fail(`the database already holds ${generated} generated organisations (${total} in all), not ${target}. Use --reset to replace them, or a freshly seeded database.`);
  }
  if (total < target) {
    const [organisations, groups] = await Promise.all([prisma.organisation.findMany({ select: { slug: true } }), prisma.group.findMany({ select: { slug: true } })]);
    const plan = planScale({ count: target - total, activities, seed, takenSlugs: [...organisations, ...groups].map((o) => o.slug) });
    const legalBases = new Set((await prisma.legalBasis.findMany({ select: { code: true } })).map((b) => b.code));
    const unknown = plan.partLegalBases.find((b) => !legalBases.has(b.code));
    if (unknown) fail(`legal basis ${unknown.code} is not in the database: re-seed it`);

    const writing = performance.now();
    await writePlan(prisma, plan);
    console.log(`created ${describe(plan)} in ${seconds(writing)}`);
  } else {
    console.log(`the database already holds ${total} organisations: nothing to generate`);
  }

  const publishing = performance.now();
  const published = await publishUnpublished();
  console.log(`published ${published} organisations in ${seconds(publishing)}`);
  console.log(`done: ${await prisma.organisation.count()} organisations in ${seconds(started)}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
