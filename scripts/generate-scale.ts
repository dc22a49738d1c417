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
import { publishOrganisation } from "../lib/db/versions";
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

async function publishUnpublished(): Promise<number> {
  const unpublished = await prisma.organisation.findMany({
    where: { id: { startsWith: SCALE_ID_PREFIX }, versions: { none: {} } },
    select: { id: true },
    orderBy: { slug: "asc" },
  });
  for (const [i, { id }] of unpublished.entries()) {
    await publishOrganisation(id, "Syntetiske testdata for skaleringstest");
    if ((i + 1) % 100 === 0) console.log(`  published ${i + 1}/${unpublished.length}`);
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
    const [organisations, groups] = await Promise.all([
      prisma.organisation.findMany({ select: { slug: true } }),
      prisma.group.findMany({ select: { slug: true } }),
    ]);
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
