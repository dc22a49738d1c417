import type { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { readableOrganisations } from "../auth/scope";
import { localeSchema } from "../content/schema";
import { checkSnapshot, locateInLayers } from "../gdpr/check-layers";
import { CHECK_RULES_VERSION, countByCode, FINDING_CODES, type Finding, type FindingCode } from "../gdpr/findings";
import { readSnapshot } from "../notice/snapshot";
import { log } from "../log";
import { prisma } from "./client";
import { loadNoticeLayers } from "./layers";
import { readPage } from "./list-page";

/*
 * The platform report: what the checks found in each organisation's latest published version.
 * Findings are made when a version is published (lib/db/versions.ts) and stored per
 * organisation, with a row per finding code to filter on, so a page of the report reads one
 * page of organisations and never a snapshot. Results made with older rules, or missing (a
 * site restored from a backup, versions published before the checks existed), are made again
 * from the latest snapshot when the report is opened, a few snapshots at a time, each finding
 * located in the parts as they are edited now (for the report's edit links).
 * docs/decisions/0019-datatilsynet-checks.md.
 */

/** Organisations a page: a notice can have dozens of findings, so fewer than other admin lists. */
export const REPORT_PAGE_SIZE = 10;
/** Snapshots read at once when results are made again: bounded memory, whatever the site's size. */
const REFRESH_BATCH = 20;

type Tx = Prisma.TransactionClient;

/** Stores the findings of an organisation's newly published version (inside the publish transaction). */
export async function storeNoticeCheck(tx: Tx, organisationId: string, versionNumber: number, findings: Finding[]) {
  const data = { versionNumber, rules: CHECK_RULES_VERSION, checkedAt: new Date(), findings: findings as unknown as Prisma.InputJsonValue };
  await tx.noticeCheck.upsert({ where: { organisationId }, create: { organisationId, ...data }, update: data });
  await tx.noticeCheckCode.deleteMany({ where: { organisationId } });
  await tx.noticeCheckCode.createMany({ data: countByCode(findings).map(({ code, count }) => ({ organisationId, code, count })) });
}

/** Findings only a draft can give (languages out of step): kept from the result being replaced when it is for the same version. */
const fromDrafts = (findings: Finding[]) => findings.filter((f) => f.code === "locales-out-of-step");

/**
 * Makes the missing or outdated results of the organisations in scope again, from their latest
 * snapshot. Returns how many it checked. Stale means: no result, other rules, or not the latest
 * version (a publish that raced a refresh is simply checked again next time).
 */
export async function refreshNoticeChecks(scope: Prisma.OrganisationWhereInput): Promise<number> {
  const [latest, stored] = await Promise.all([
    prisma.noticeVersion.groupBy({ by: ["organisationId"], where: { organisation: scope }, _max: { number: true } }),
    prisma.noticeCheck.findMany({ where: { organisation: scope }, select: { organisationId: true, versionNumber: true, rules: true } }),
  ]);
  const current = new Map(stored.map((s) => [s.organisationId, s]));
  const stale = latest.filter((v) => {
    const check = current.get(v.organisationId);
    return !check || check.rules !== CHECK_RULES_VERSION || check.versionNumber !== v._max.number;
  });
  for (let i = 0; i < stale.length; i += REFRESH_BATCH) {
    const batch = stale.slice(i, i + REFRESH_BATCH);
    const versions = await prisma.noticeVersion.findMany({
      where: { OR: batch.map((v) => ({ organisationId: v.organisationId, number: v._max.number! })) },
      select: { organisationId: true, number: true, snapshot: true, organisation: { select: { defaultLocale: true, noticeCheck: { select: { versionNumber: true, findings: true } } } } },
    });
    for (const version of versions) {
      let findings: Finding[];
      try {
        const main = localeSchema.parse(version.organisation.defaultLocale);
        const check = checkSnapshot(readSnapshot(version.snapshot), main);
        const layers = await loadNoticeLayers(version.organisationId);
        const located = layers ? locateInLayers(check?.findings ?? [], layers, main) : (check?.findings ?? []);
        const previous = version.organisation.noticeCheck;
        const kept = previous && previous.versionNumber === version.number ? fromDrafts(previous.findings as unknown as Finding[]) : [];
        findings = [...located, ...kept];
      } catch (error) {
        // A damaged snapshot must not take the report down: it is logged and left unchecked.
        log.error("notice check failed", { organisationId: version.organisationId, version: version.number, error: String(error) });
        continue;
      }
      try {
        await prisma.$transaction((tx) => storeNoticeCheck(tx, version.organisationId, version.number, findings));
      } catch (error) {
        // Two reports opened at once may both refresh one organisation: the other's result stands.
        log.warn("notice check not stored", { organisationId: version.organisationId, error: String(error) });
      }
    }
  }
  return stale.length;
}

export type ReportFilter = { code: FindingCode | null; page: number };

/** Organisations of the report, in scope and (with a filter) having that finding. */
function reportScope(actor: Actor, code: FindingCode | null): Prisma.OrganisationWhereInput {
  return { AND: [reportedOrganisations(actor), { noticeCheck: { codes: { some: code ? { code } : {} } } }] };
}

/** What the actor may read, without archived organisations: their notices are no longer public. */
function reportedOrganisations(actor: Actor): Prisma.OrganisationWhereInput {
  return { AND: [readableOrganisations(actor), { archivedAt: null }] };
}

/**
 * One page of the report for what the actor may read (the tenant scope is in every query):
 * organisations with findings, by name, each with its counts per code and, when filtering, that
 * code's findings; and how many organisations in scope have each code.
 */
export async function checkReport(actor: Actor, { code, page }: ReportFilter) {
  await refreshNoticeChecks(reportedOrganisations(actor));
  const scope = reportScope(actor, null);
  const [counts, list] = await Promise.all([
    prisma.noticeCheckCode.groupBy({ by: ["code"], where: { check: { organisation: reportedOrganisations(actor) } }, _count: { _all: true }, _sum: { count: true } }),
    readPage(
      { scope, matches: code ? reportScope(actor, code) : null },
      { page, pageSize: REPORT_PAGE_SIZE },
      (where) => prisma.organisation.count({ where }),
      (where, skip, take) =>
        prisma.organisation.findMany({
          where,
          orderBy: [{ name: "asc" }, { slug: "asc" }],
          skip,
          take,
          // Findings (large JSON) only when filtering: the overview shows counts per code.
          select: {
            id: true,
            slug: true,
            name: true,
            groupId: true,
            noticeCheck: { select: { versionNumber: true, checkedAt: true, findings: code !== null, codes: { select: { code: true, count: true } } } },
          },
        }),
    ),
  ]);
  const byCode = new Map(counts.map((c) => [c.code, { organisations: c._count._all, findings: c._sum.count ?? 0 }]));
  return {
    ...list,
    codes: FINDING_CODES.map((c) => ({ code: c, ...(byCode.get(c) ?? { organisations: 0, findings: 0 }) })),
    items: list.items.map(({ noticeCheck, ...organisation }) => {
      const findings = (noticeCheck?.findings ?? []) as unknown as Finding[];
      const stored = new Map((noticeCheck?.codes ?? []).map((c) => [c.code, c.count]));
      return {
        ...organisation,
        versionNumber: noticeCheck?.versionNumber ?? null,
        /** Findings of the filtered code; none without a filter. */
        findings: code ? findings.filter((f) => f.code === code) : [],
        /** How many findings of each code, in FINDING_CODES order. */
        counts: FINDING_CODES.flatMap((c) => (stored.has(c) ? [{ code: c, count: stored.get(c)! }] : [])),
      };
    }),
  };
}

export type CheckReport = Awaited<ReturnType<typeof checkReport>>;
