import { activityContentSchema, sectionContentSchema } from "../content/schema";
import { seedLegalBases } from "../api/test-fixtures";
import type { NoticeLayers, OrganisationRecord, PartRecord } from "../notice/types";
import { billundNotice } from "../../prisma/seed-data/billund";
import { telephoneInquiriesActivity } from "../../prisma/seed-data/library-no";
import { nordmoreNotice } from "../../prisma/seed-data/nordmore";
import { ORGANISATIONS } from "../../prisma/seed-data/organisations";
import { osloNotice } from "../../prisma/seed-data/oslo";
import { sonhNotice } from "../../prisma/seed-data/sonh";
import type { SeedActivity, SeedNotice } from "../../prisma/seed-data/types";

/*
 * The seeded notices as resolution reads them, built in memory the way prisma/seed.ts writes
 * them (same ids, positions, layers and adoptions), so checks can be tested on the real texts
 * without a database.
 */

function activityRecord(id: string, activity: SeedActivity, locale: string, position: number, parentId: string | null): PartRecord {
  return {
    id,
    kind: "activity",
    mode: "own",
    slug: activity.slug,
    position,
    baseId: null,
    parentId,
    retentionPeriod: activity.retentionPeriod ?? null,
    legalBases: activity.legalBases,
    appliesTo: (activity.appliesTo ?? []).map((slug) => `org:${slug}`),
    translations: [{ locale: locale as "nb", title: activity.title, content: activityContentSchema.parse(activity.content) }],
  };
}

function partRecords(prefix: string, notice: SeedNotice): PartRecord[] {
  let position = 0;
  const next = () => (position += 10);
  return notice.parts.flatMap((part): PartRecord[] => {
    const id = `${prefix}:${part.slug}`;
    if (part.kind === "activity") return [activityRecord(id, part, notice.locale, next(), null)];
    const section: PartRecord = {
      id,
      kind: "section",
      mode: "own",
      slug: part.slug,
      position: next(),
      baseId: null,
      parentId: null,
      retentionPeriod: null,
      legalBases: [],
      appliesTo: [],
      translations: [{ locale: notice.locale, title: part.title, content: sectionContentSchema.parse({ body: part.body }) }],
    };
    return [section, ...(part.children ?? []).map((child) => activityRecord(`${prefix}:${child.slug}`, child, notice.locale, next(), id))];
  });
}

const LIBRARY = partRecords("library:no-standard", { locale: "nb", title: "", intro: [], parts: [telephoneInquiriesActivity] });
const NORDMORE = partRecords("group:nordmore", nordmoreNotice);
const OWN: Record<string, SeedNotice> = { billund: billundNotice, oslo: osloNotice, sonh: sonhNotice };

export const SEEDED_SLUGS = ORGANISATIONS.map((o) => o.slug);

/** One seeded organisation's layers, as loadNoticeLayers would read them from a freshly seeded database. */
export function seededLayers(slug: string): NoticeLayers {
  const seed = ORGANISATIONS.find((o) => o.slug === slug);
  if (!seed) throw new Error(`not a seeded organisation: ${slug}`);
  const { group, noDpoNote, ...settings } = seed;
  const own = OWN[slug];
  const organisationParts = own ? partRecords(`org:${slug}`, own) : [];
  if (slug === "oslo") {
    organisationParts.push({
      ...LIBRARY[0]!,
      id: "org:oslo:adopt:henvendelser-per-telefon",
      mode: "inherit",
      slug: null,
      position: (organisationParts.at(-1)?.position ?? 0) + 10,
      baseId: LIBRARY[0]!.id,
      translations: [],
    });
  }
  const organisation: OrganisationRecord = {
    id: `org:${slug}`,
    address: "",
    phone: "",
    email: "",
    secureMailUrl: "",
    hasDpo: true,
    dpoName: "",
    dpoEmail: "",
    dpoPhone: "",
    dpoSecureMailUrl: "",
    rightsEmail: "",
    accessRequestUrl: "",
    accessRequestFormUrl: "",
    logoUrl: "",
    ...settings,
    // One row per language, as the seed's upserts leave it: the notice's texts and the no-DPO note.
    translations: [...new Set([...(own ? [own.locale] : []), ...(noDpoNote ? [seed.defaultLocale] : [])])].map((locale) => ({
      locale,
      noticeTitle: own?.locale === locale ? own.title : "",
      intro: own?.locale === locale ? own.intro : [],
      ...(noDpoNote && locale === seed.defaultLocale ? { noDpoNote } : {}),
    })),
    group: group ? { id: "group:nordmore", slug: "nordmore", name: "Nordmøre-kommunene", translations: [{ locale: "nb", noticeTitle: nordmoreNotice.title, intro: nordmoreNotice.intro }] } : null,
  };
  return {
    organisation,
    libraryParts: slug === "oslo" ? LIBRARY : [],
    groupParts: group ? NORDMORE : [],
    organisationParts,
    legalBases: seedLegalBases(),
  };
}
