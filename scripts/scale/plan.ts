import type { Prisma } from "../../generated/prisma/client";
import { LOCALES, type Locale } from "../../lib/content/schema";
import { activityContent, appendixText } from "./activity-texts";
import { municipalityName, municipalityStem, PEOPLE, slugify, type Country } from "./names";
import { createRandom } from "./random";
import { areaSection, GENERAL_SECTIONS, introText, NO_DPO_NOTE, NOTICE_TITLE, type SectionTemplate } from "./section-texts";
import { LIBRARY_TOPICS, TOPICS, type Topic } from "./topics";
import { AREAS, type Area } from "./vocabulary";

/**
 * The synthetic organisations as rows, built in memory (pure and deterministic for a seed) so
 * they can be written with a few bulk inserts. Structured like the real seed: groups sharing
 * parts with members overriding, hiding and appending, standalone municipalities, adopted
 * library parts, applicability, all four locales. Rows are in dependency order (a part comes
 * after the parts it refers to).
 */

/** Every synthetic row id starts with this, so the generator can find (and remove) its own rows. */
export const SCALE_ID_PREFIX = "scale:";

export type ScalePlan = {
  libraries: Prisma.LibraryCreateManyInput[];
  groups: Prisma.GroupCreateManyInput[];
  groupTranslations: Prisma.GroupTranslationCreateManyInput[];
  organisations: Prisma.OrganisationCreateManyInput[];
  organisationTranslations: Prisma.OrganisationTranslationCreateManyInput[];
  parts: Prisma.PartCreateManyInput[];
  partTranslations: Prisma.PartTranslationCreateManyInput[];
  partLegalBases: Prisma.PartLegalBasisCreateManyInput[];
  applicability: Prisma.PartApplicabilityCreateManyInput[];
};

type Owner = { libraryId: string } | { groupId: string } | { organisationId: string };
type PlannedOrganisation = { id: string; slug: string; name: string; country: Country };
/** What an owner's notice layer holds, for members to override. */
type Layer = { activities: { id: string; topic: Topic }[]; sections: Map<string, string>; topics: Set<string>; adopted: Set<string> };

const json = (value: unknown) => value as Prisma.InputJsonValue;
const LOCALES_BY_COUNTRY: Record<Country, Locale[]> = { NO: ["nb", "nn", "da", "en"], DK: ["da", "en", "nb", "nn"] };
const STREETS: Record<Country, string[]> = { NO: ["Rådhusgata", "Storgata", "Kirkevegen", "Sentrumsvegen"], DK: ["Rådhustorvet", "Torvet", "Kirkevej", "Hovedgaden"] };

/** A stable number from a string, to seed per-part randomness (same choices in every locale). */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Most activities one notice can have: every topic plus every library part. */
export const MAX_ACTIVITIES = TOPICS.length + LIBRARY_TOPICS.length;

export function planScale(options: { count: number; activities: number; seed: number; takenSlugs: Iterable<string> }): ScalePlan {
  const random = createRandom(options.seed);
  const taken = new Set(options.takenSlugs);
  const plan: ScalePlan = { libraries: [], groups: [], groupTranslations: [], organisations: [], organisationTranslations: [], parts: [], partTranslations: [], partLegalBases: [], applicability: [] };
  let position = 0;
  const nextPosition = () => (position += 10);

  const legalBasesFor = (topic: Topic, country: Country) => [...topic.gdpr, ...(country === "NO" ? topic.no : topic.dk)];

  function addActivity(id: string, owner: Owner, topic: Topic, country: Country, parentId: string | null, variant = "") {
    const codes = legalBasesFor(topic, country);
    plan.parts.push({ id, kind: "activity", mode: "own", slug: topic.slug, position: nextPosition(), parentId, retentionPeriod: topic.retentionYears ? `P${topic.retentionYears}Y` : null, ...owner });
    for (const locale of LOCALES) {
      plan.partTranslations.push({ partId: id, locale, title: topic.title[locale], content: json(activityContent(topic, locale, createRandom(hash(id + variant)), codes)) });
    }
    codes.forEach((code, i) => plan.partLegalBases.push({ partId: id, code, position: i }));
  }

  function addSection(id: string, owner: Owner, template: SectionTemplate, country: Country) {
    plan.parts.push({ id, kind: "section", mode: "own", slug: template.slug, position: nextPosition(), ...owner });
    for (const locale of LOCALES) plan.partTranslations.push({ partId: id, locale, title: template.title[locale], content: json({ body: template.body(locale, country) }) });
  }

  // ---- libraries: the standard activities every owner may adopt ----
  const libraryPartId = (country: Country, topic: Topic) => `${SCALE_ID_PREFIX}library:${country}:${topic.slug}`;
  for (const country of ["NO", "DK"] as const) {
    const libraryId = `${SCALE_ID_PREFIX}library:${country}`;
    plan.libraries.push({ id: libraryId, slug: `scale-${country.toLowerCase()}`, name: country === "NO" ? "Syntetisk standardbibliotek" : "Syntetisk standardbibliotek (DK)", country });
    for (const topic of LIBRARY_TOPICS) addActivity(libraryPartId(country, topic), { libraryId }, topic, country, null);
  }

  /** A whole notice in one layer: general sections, activities under area sections, adopted library parts. */
  function addNotice(prefix: string, owner: Owner, country: Country): Layer {
    const layer: Layer = { activities: [], sections: new Map(), topics: new Set(), adopted: new Set() };
    const [first, second, third, ...closing] = GENERAL_SECTIONS;
    for (const template of [first!, second!, third!]) addSection(`${prefix}:${template.slug}`, owner, template, country);
    const adoptions = Math.min(random.int(2, 4), options.activities - 1, LIBRARY_TOPICS.length);
    const own = Math.min(TOPICS.length, options.activities - adoptions);
    const chosen = new Set(random.sample(TOPICS, own).map((t) => t.slug));
    for (const area of Object.keys(AREAS) as Area[]) {
      const topics = TOPICS.filter((t) => t.area === area && chosen.has(t.slug));
      if (topics.length === 0) continue;
      const sectionId = `${prefix}:omrade-${area}`;
      addSection(sectionId, owner, areaSection(area), country);
      layer.sections.set(area, sectionId);
      for (const topic of topics) {
        const id = `${prefix}:${topic.slug}`;
        addActivity(id, owner, topic, country, sectionId);
        layer.activities.push({ id, topic });
        layer.topics.add(topic.slug);
      }
    }
    for (const topic of random.sample(LIBRARY_TOPICS, options.activities - own)) {
      adopt(`${prefix}:adopt:${topic.slug}`, owner, country, topic, layer.sections.get("administration") ?? null);
      layer.adopted.add(topic.slug);
    }
    for (const template of closing) addSection(`${prefix}:${template.slug}`, owner, template, country);
    return layer;
  }

  function adopt(id: string, owner: Owner, country: Country, topic: Topic, parentId: string | null) {
    plan.parts.push({ id, kind: "activity", mode: "inherit", position: nextPosition(), parentId, baseId: libraryPartId(country, topic), ...owner });
  }

  /** A member's own changes to the shared notice, like the variations inside the Nordmøre group. */
  function addOverrides(org: PlannedOrganisation, group: Layer) {
    const owner = { organisationId: org.id };
    const prefix = org.id;
    const [replaced, hidden, appended] = random.sample(group.activities, 3);
    if (replaced && random.chance(0.3)) {
      const id = `${prefix}:replace:${replaced.topic.slug}`;
      const codes = legalBasesFor(replaced.topic, org.country);
      plan.parts.push({ id, kind: "activity", mode: "replace", position: nextPosition(), baseId: replaced.id, retentionPeriod: "P1Y", ...owner });
      for (const locale of LOCALES) {
        plan.partTranslations.push({ partId: id, locale, title: replaced.topic.title[locale], content: json(activityContent(replaced.topic, locale, createRandom(hash(id)), codes)) });
      }
      codes.forEach((code, i) => plan.partLegalBases.push({ partId: id, code, position: i }));
    }
    if (hidden && random.chance(0.25)) {
      plan.parts.push({ id: `${prefix}:hide:${hidden.topic.slug}`, kind: "activity", mode: "hide", position: nextPosition(), baseId: hidden.id, ...owner });
    }
    if (appended && random.chance(0.35)) {
      const id = `${prefix}:append:${appended.topic.slug}`;
      plan.parts.push({ id, kind: "activity", mode: "append", position: nextPosition(), baseId: appended.id, ...owner });
      for (const locale of LOCALES) plan.partTranslations.push({ partId: id, locale, title: appended.topic.title[locale], content: json({ appendix: appendixText(locale) }) });
    }
    const extra = TOPICS.find((t) => !group.topics.has(t.slug) && random.chance(0.2));
    if (extra) addActivity(`${prefix}:${extra.slug}`, owner, extra, org.country, group.sections.get(extra.area) ?? null);
    const library = LIBRARY_TOPICS.find((t) => !group.adopted.has(t.slug) && random.chance(0.15));
    if (library) adopt(`${prefix}:adopt:${library.slug}`, owner, org.country, library, null);
  }

  function addOrganisation(country: Country, groupId: string | null): PlannedOrganisation {
    const stem = municipalityStem(country, random, taken);
    const slug = slugify(stem);
    const name = municipalityName(country, stem);
    const id = `${SCALE_ID_PREFIX}org:${slug}`;
    const domain = country === "NO" ? `${slug}.kommune.no` : `${slug}.dk`;
    const website = `https://www.${domain}`;
    const hasDpo = random.chance(0.9);
    const phone = () => `${random.int(2, 9)}${String(random.int(0, 9999999)).padStart(7, "0")}`;
    plan.organisations.push({
      id,
      slug,
      name,
      kind: "municipality",
      country,
      defaultLocale: LOCALES_BY_COUNTRY[country][0]!,
      locales: json(LOCALES_BY_COUNTRY[country]),
      groupId,
      address: `${random.pick(STREETS[country])} ${random.int(1, 40)}\n${random.int(1000, 9990)} ${stem}`,
      phone: phone(),
      email: `postmottak@${domain}`,
      website,
      secureMailUrl: `${website}/sikker-post`,
      hasDpo,
      dpoName: hasDpo ? random.pick(PEOPLE) : "",
      dpoEmail: hasDpo ? `personvernombud@${domain}` : "",
      dpoPhone: hasDpo ? phone() : "",
      rightsEmail: `personvern@${domain}`,
      accessRequestUrl: `${website}/innsyn`,
      accessRequestFormUrl: `${website}/skjema/innsyn`,
      accentColor: `#${[0, 0, 0].map(() => random.int(16, 120).toString(16).padStart(2, "0")).join("")}`,
      embedOrigins: json([website]),
    });
    for (const locale of LOCALES) {
      plan.organisationTranslations.push({
        organisationId: id,
        locale,
        // Members show their group's title and intro, as in Nordmøre.
        noticeTitle: groupId ? "" : NOTICE_TITLE[locale],
        intro: json(groupId ? [] : introText(locale, name)),
        noDpoNote: hasDpo ? "" : NO_DPO_NOTE[locale],
      });
    }
    return { id, slug, name, country };
  }

  function addGroup(country: Country, size: number) {
    const stem = municipalityStem(country, random, taken);
    const id = `${SCALE_ID_PREFIX}group:${slugify(stem)}`;
    const name = country === "NO" ? `${stem}-regionen` : `${stem}-samarbejdet`;
    plan.groups.push({ id, slug: `scale-${slugify(stem)}`, name });
    const members = Array.from({ length: size }, () => addOrganisation(country, id));
    const memberNames = members.map((m) => m.name).join(", ");
    for (const locale of LOCALES) plan.groupTranslations.push({ groupId: id, locale, noticeTitle: NOTICE_TITLE[locale], intro: json(introText(locale, memberNames)) });
    const layer = addNotice(id, { groupId: id }, country);
    // Some shared activities apply to only some members (as DigiHelsestasjon does in Nordmøre).
    for (const limited of random.sample(layer.activities, random.int(0, 2))) {
      for (const member of random.sample(members, Math.ceil(size * (0.6 + random.next() * 0.2)))) plan.applicability.push({ partId: limited.id, organisationId: member.id });
    }
    for (const member of members) addOverrides(member, layer);
  }

  const countries = Array.from({ length: options.count }, () => (random.chance(0.75) ? "NO" : "DK") as Country);
  for (const country of ["NO", "DK"] as const) {
    let remaining = countries.filter((c) => c === country).length;
    while (remaining > 0) {
      if (remaining >= 5 && random.chance(0.8)) {
        const size = Math.min(remaining, random.int(5, 10));
        addGroup(country, size);
        remaining -= size;
      } else {
        const org = addOrganisation(country, null);
        addNotice(org.id, { organisationId: org.id }, country);
        remaining -= 1;
      }
    }
  }
  return plan;
}
