import { h, p } from "../content/inline-syntax";
import type { ActivityContent, Locale, RichText } from "../content/schema";
import type { NoticeLayers, OrganisationRecord, PartRecord } from "./types";

/** Small builders for resolution tests: a part with text in one or more locales. */
export function section(id: string, position: number, texts: Partial<Record<Locale, { title: string; body?: RichText }>>, extra: Partial<PartRecord> = {}): PartRecord {
  return {
    id,
    kind: "section",
    mode: "own",
    slug: id,
    position,
    baseId: null,
    parentId: null,
    retentionPeriod: null,
    legalBases: [],
    appliesTo: [],
    translations: Object.entries(texts).map(([locale, t]) => ({ locale: locale as Locale, title: t.title, content: { body: t.body ?? [p(`${t.title} body`)] } })),
    ...extra,
  };
}

export function activity(id: string, position: number, texts: Partial<Record<Locale, { title: string } & Partial<ActivityContent>>>, extra: Partial<PartRecord> = {}): PartRecord {
  return {
    ...section(id, position, {}, extra),
    kind: "activity",
    translations: Object.entries(texts).map(([locale, { title, ...content }]) => ({ locale: locale as Locale, title, content })),
    ...extra,
  };
}

export function override(id: string, mode: PartRecord["mode"], baseId: string, position: number, texts: Parameters<typeof section>[2] = {}, kind: PartRecord["kind"] = "section"): PartRecord {
  return { ...section(id, position, texts), kind, mode, slug: null, baseId };
}

export function organisation(extra: Partial<OrganisationRecord> = {}): OrganisationRecord {
  return {
    id: "org-aure",
    slug: "aure",
    name: "Aure kommune",
    kind: "municipality",
    country: "NO",
    defaultLocale: "nb",
    locales: ["nb", "nn"],
    accentColor: "#1f4e8c",
    logoUrl: "",
    address: "",
    phone: "",
    email: "",
    website: "",
    secureMailUrl: "",
    hasDpo: true,
    dpoName: "",
    dpoEmail: "",
    dpoPhone: "",
    dpoSecureMailUrl: "",
    rightsEmail: "",
    accessRequestUrl: "",
    accessRequestFormUrl: "",
    translations: [],
    group: { id: "group-nordmore", slug: "nordmore", name: "Nordmøre", translations: [{ locale: "nb", noticeTitle: "Personvernerklæring", intro: [p("Felles for ni kommuner.")] }] },
    ...extra,
  };
}

export function layers(parts: Partial<Omit<NoticeLayers, "organisation">> & { organisation?: OrganisationRecord }): NoticeLayers {
  return {
    organisation: parts.organisation ?? organisation(),
    libraryParts: parts.libraryParts ?? [],
    groupParts: parts.groupParts ?? [],
    organisationParts: parts.organisationParts ?? [],
    legalBases: parts.legalBases ?? [],
  };
}

export { h, p };
