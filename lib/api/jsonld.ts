import type { ApiActivity, ApiLegalBasis, ApiNotice, ApiRichText, ApiText, ApiTextList } from "./serialize";
import { JSON_LD_CONTEXT } from "./jsonld-context";

/*
 * A JSON-LD rendition of a published notice in the W3C Data Privacy Vocabulary (DPV 2.x).
 * Every processing activity becomes a dpv:Process (DPV 2 sunset dpv:PersonalDataHandling, the
 * 1.x term, in its favour), linked from the notice by dpv:hasProcess. DPV terms are used only where
 * DPV defines them (checked against the DPV core and eu-gdpr term lists); what DPV lacks is in
 * our own namespace `klartekst:` (https://klartekst.no/ns#), documented on the developer page:
 *
 * - klartekst:nationalLaw — a national (non-GDPR) legal basis of an activity: a dpv:Law node
 *   with its citation (dct:title), topic (dct:description), our code (dct:identifier) and
 *   official text (rdfs:seeAlso). DPV's legal extensions do not cover Norwegian law, and
 *   the Danish one has no concept per section of Databeskyttelsesloven.
 * - klartekst:GDPR-A10 — GDPR Art. 10 (criminal convictions and offences) as a legal basis:
 *   DPV's eu-gdpr extension has A6-1-a…f and A9-2-a…j but no Art. 10 concept.
 * - klartekst:version — the published version number of the notice.
 *
 * Free text (purposes, categories, data subjects, retention) is given as language-tagged
 * dct:description, because notices describe these in prose rather than by DPV concept.
 */

export { JSON_LD_CONTEXT };

type Node = Record<string, unknown>;
type LangString = { "@value": string; "@language": string };

const lang = (value: string, language: string): LangString => ({ "@value": value, "@language": language });
const langText = (t: ApiText): LangString => lang(t.value, t.lang);
const richLang = (r: ApiRichText): LangString => lang(r.text, r.lang);

/**
 * The DPV IRI (compact form) of a GDPR legal-basis code: gdpr-6-1-a → eu-gdpr:A6-1-a,
 * gdpr-9-2-j → eu-gdpr:A9-2-j, gdpr-10 → klartekst:GDPR-A10 (see above); null for national law.
 */
export function gdprLegalBasisIri(code: string): string | null {
  const art6 = /^gdpr-6-1-([a-f])$/.exec(code);
  if (art6) return `eu-gdpr:A6-1-${art6[1]}`;
  const art9 = /^gdpr-9-2-([a-j])$/.exec(code);
  if (art9) return `eu-gdpr:A9-2-${art9[1]}`;
  if (code === "gdpr-10") return "klartekst:GDPR-A10";
  return null;
}

function nationalLaw(basis: ApiLegalBasis): Node {
  return {
    "@type": "dpv:Law",
    "dct:identifier": basis.code,
    "dct:title": langText(basis.citation),
    "dct:description": langText(basis.label),
    "rdfs:seeAlso": { "@id": basis.url },
  };
}

/** Art. 9 data are special categories; Art. 10 data are not, but are sensitive and criminal-offence data. */
function personalData(activity: ApiActivity): Node[] {
  const categories = activity.fields.categories;
  if (!categories) return [];
  return categories.items.map((c) => ({
    "@type": c.special === "art9" ? "dpv:SpecialCategoryPersonalData" : c.special === "art10" ? ["dpv:SensitivePersonalData", "pd:Criminal"] : "dpv:PersonalData",
    "dct:description": lang(c.text, categories.lang),
  }));
}

const described = (type: string, list: ApiTextList | undefined): Node[] => list?.items.map((item) => ({ "@type": type, "dct:description": lang(item, list.lang) })) ?? [];
const named = (type: string, list: ApiTextList | undefined): Node[] => list?.items.map((item) => ({ "@type": type, "dpv:hasName": lang(item, list.lang) })) ?? [];

function storageCondition(activity: ApiActivity): Node | null {
  const { retention } = activity.fields;
  if (!retention && !activity.retentionPeriod) return null;
  return {
    "@type": "dpv:StorageDuration",
    ...(retention ? { "dct:description": richLang(retention) } : {}),
    ...(activity.retentionPeriod ? { "rdf:value": { "@value": activity.retentionPeriod, "@type": "xsd:duration" } } : {}),
  };
}

/** Drops empty values so the graph states only what the notice says. */
function compact(node: Node): Node {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

function handling(activity: ApiActivity, noticeId: string, controllerId: string): Node {
  const gdpr = activity.legalBases.map((b) => gdprLegalBasisIri(b.code));
  const { purpose, sources } = activity.fields;
  return compact({
    "@id": `${noticeId}#${activity.slug}`,
    "@type": "dpv:Process",
    "dct:title": langText(activity.title),
    "dpv:hasDataController": { "@id": controllerId },
    "dpv:hasPurpose": purpose ? { "@type": "dpv:Purpose", "dct:description": richLang(purpose) } : null,
    "dpv:hasLegalBasis": gdpr.filter((iri): iri is string => iri !== null).map((iri) => ({ "@id": iri })),
    "klartekst:nationalLaw": activity.legalBases.filter((_, i) => gdpr[i] === null).map(nationalLaw),
    "dpv:hasPersonalData": personalData(activity),
    "dpv:hasDataSubject": described("dpv:DataSubject", activity.fields.dataSubjects),
    "dpv:hasDataSource": sources ? { "@type": "dpv:DataSource", "dct:description": richLang(sources) } : null,
    "dpv:hasRecipient": named("dpv:Recipient", activity.fields.recipients),
    "dpv:hasDataProcessor": named("dpv:DataProcessor", activity.fields.processors),
    "dpv:hasStorageCondition": storageCondition(activity),
  });
}

function controller(notice: ApiNotice): Node {
  const { organisation: org } = notice;
  const dpo = org.dpo.appointed ? compact({ "@type": "dpv:DataProtectionOfficer", "dpv:hasName": org.dpo.name, "dpv:hasContact": org.dpo.email }) : null;
  return compact({
    "@id": org.links.self,
    "@type": "dpv:DataController",
    "dpv:hasName": org.name,
    "dpv:hasAddress": org.contact.address,
    "dpv:hasContact": org.contact.email,
    "dpv:hasDataProtectionOfficer": dpo,
  });
}

/** The notice as a dpv:PrivacyNotice whose activities are dpv:Process nodes. */
export function noticeToJsonLd(notice: ApiNotice): Node {
  const noticeId = notice.links.html;
  const ctrl = controller(notice);
  const authority = notice.organisation.supervisoryAuthority;
  const activities = notice.parts.flatMap((p) => (p.kind === "activity" ? [p] : p.children));
  return compact({
    "@context": JSON_LD_CONTEXT,
    "@id": noticeId,
    "@type": "dpv:PrivacyNotice",
    "dct:title": notice.title && langText(notice.title),
    "dct:language": notice.locale,
    "dct:issued": { "@value": notice.version.publishedAt, "@type": "xsd:dateTime" },
    "klartekst:version": notice.version.number,
    "dpv:hasDataController": ctrl,
    "dpv:hasAuthority": authority && { "@id": authority.url, "@type": "dpv:DataProtectionAuthority", "dpv:hasName": authority.name },
    "dpv:hasProcess": activities.map((a) => handling(a, noticeId, String(ctrl["@id"]))),
  });
}
