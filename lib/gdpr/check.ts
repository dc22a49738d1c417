import { richTextToPlain } from "../content/plain-text";
import type { Block, Category, Locale, RichText } from "../content/schema";
import { supervisoryAuthorityFor } from "../notice/supervisory-authority";
import type { ActivityFields, Localized, ResolvedActivity, ResolvedNotice } from "../notice/types";
import { noticeAdvice, type RowFindings } from "./advice";
import type { Finding, Readability } from "./findings";

/**
 * GDPR completeness check: compares a resolved notice with what Art. 13 and 14 say a notice
 * must contain (PRODUCT.md, 14 points) and tells the editor what is missing, per activity.
 * Beside the points it gives advice the way Datatilsynet reads a notice (lib/gdpr/advice.ts):
 * legal bases for each purpose and for special categories, concrete retention, hedging,
 * readability (LIX) and languages out of step.
 * It warns, it never blocks: it only returns data, and publishing does not consult it.
 * Pure: no I/O. Text checks are keyword heuristics on the text citizens read.
 */

// ---- the 14 points ---------------------------------------------------------------------------

/** The points in PRODUCT.md order. `level`: where the check looks (withdraw-consent: both). */
export const GDPR_POINTS = [
  { id: "controller-identity", article: "Art. 13(1)(a)", level: "notice" },
  { id: "dpo-contact", article: "Art. 13(1)(b)", level: "notice" },
  { id: "purpose-and-legal-basis", article: "Art. 13(1)(c)", level: "activity" },
  { id: "legitimate-interest", article: "Art. 13(1)(d)", level: "activity" },
  { id: "recipients", article: "Art. 13(1)(e)", level: "activity" },
  { id: "third-country-transfers", article: "Art. 13(1)(f)", level: "activity" },
  { id: "retention", article: "Art. 13(2)(a)", level: "activity" },
  { id: "data-subject-rights", article: "Art. 13(2)(b)", level: "notice" },
  { id: "withdraw-consent", article: "Art. 13(2)(c)", level: "both" },
  { id: "complaint", article: "Art. 13(2)(d)", level: "notice" },
  { id: "statutory-requirement", article: "Art. 13(2)(e)", level: "activity" },
  { id: "automated-decisions", article: "Art. 13(2)(f)", level: "activity" },
  { id: "data-categories", article: "Art. 14(1)(d)", level: "activity" },
  { id: "data-source", article: "Art. 14(2)(f)", level: "activity" },
] as const;

export type GdprPoint = (typeof GDPR_POINTS)[number]["id"];
export type PointStatus = "ok" | "missing" | "not-applicable";

/** Points checked once for the whole notice, in PRODUCT.md order. */
export const NOTICE_POINTS: GdprPoint[] = GDPR_POINTS.filter((p) => p.level !== "activity").map((p) => p.id);
/** Points checked for every processing activity, in PRODUCT.md order. */
export const ACTIVITY_POINTS: GdprPoint[] = GDPR_POINTS.filter((p) => p.level !== "notice").map((p) => p.id);

export function articleOf(point: GdprPoint): string {
  return GDPR_POINTS.find((p) => p.id === point)!.article;
}

/** The rights Art. 13(2)(b) names; point 8 is missing if the notice leaves any of them out. */
export const DATA_SUBJECT_RIGHTS = ["access", "rectification", "erasure", "restriction", "objection", "portability"] as const;
export type DataSubjectRight = (typeof DATA_SUBJECT_RIGHTS)[number];

export type PointResult = {
  point: GdprPoint;
  status: PointStatus;
  /** data-subject-rights only, when missing: the rights the text does not mention. */
  missingRights?: DataSubjectRight[];
};

export type ActivityCheck = { slug: string; title: string; points: PointResult[] };

export type NoticeCheck = {
  notice: PointResult[];
  activities: ActivityCheck[];
  /** Number of "missing" results, notice level and all activities together. */
  missingCount: number;
  /** Advice, part by part in reading order (lib/gdpr/findings.ts). */
  findings: Finding[];
  /** LIX per part and language, and for the whole notice per language (no `part`). */
  readability: Readability[];
};

export type CheckOptions = {
  /** The same notice in the organisation's other languages: their own texts are read too. */
  otherLanguages?: ResolvedNotice[];
  /** Findings about the stored rows behind a part (lib/gdpr/check-layers.ts gives them). */
  rowFindings?: RowFindings;
};

// ---- keywords ----------------------------------------------------------------------------------

type Keywords = Record<Locale, RegExp[]>;

/** Case-insensitive Unicode patterns; `(?<!\p{L})` anchors a stem at a word start (so "formålsbegrensning" is not "begrensning"). */
const kw = (...sources: string[]): RegExp[] => sources.map((s) => new RegExp(s, "iu"));
const W = "(?<!\\p{L})";

/**
 * How each right is usually named in notices, per written language. Stems are chosen to avoid
 * retention text ("slettes etter ett år" and "vi sletter opplysningene" are not the right to
 * erasure: the person must be the one asking), purpose limitation ("formålsbegrensning") and
 * public-law look-alikes ("partsinnsyn", "aktindsigt"). A heuristic: it can miss unusual wording, so it only warns.
 */
const RIGHTS_KEYWORDS: Record<DataSubjectRight, Keywords> = {
  access: {
    nb: kw(`${W}innsyn`, "kopi av (?:\\p{L}+ ){0,2}(?:person)?opplysning"),
    nn: kw(`${W}innsyn`, "kopi av (?:\\p{L}+ ){0,2}(?:person)?opplysning"),
    da: kw(`${W}indsigt`, "ret til adgang", "kopi af (?:\\p{L}+ ){0,2}(?:person)?oplysning", "få at vide,? hvilke (?:person)?oplysning"),
    en: kw("right of access", "access to (?:your|the) (?:personal )?(?:data|information)", "(?:subject|request) access", "access request", "copy of (?:your|the) (?:personal )?(?:data|information)"),
  },
  rectification: {
    nb: kw(`${W}retting`, "rette opp", "(?:be|kreve)(?: \\p{L}+){0,3} rette(?!\\p{L})", "få rettet", `${W}korriger`),
    nn: kw(`${W}retting`, "rette opp", "(?:be|krevje)(?: \\p{L}+){0,3} rette(?!\\p{L})", "få retta", `${W}korriger`),
    da: kw("berigtig", `${W}rettelse`, "få rettet", `${W}korriger`),
    en: kw("rectif", "correction", "(?:have|get)(?: \\S+){0,5} corrected", "correct (?:inaccurate|incorrect|your)"),
  },
  erasure: {
    nb: kw(`${W}sletting`, "(?:få|bli) slettet", "(?:be|kreve)(?: \\p{L}+){0,3} slette(?!\\p{L})", "bli glemt"),
    nn: kw(`${W}sletting`, "(?:få|bli) sletta", "(?:be|krevje)(?: \\p{L}+){0,3} slette(?!\\p{L})", "bli gløymd"),
    da: kw(`${W}sletning`, "få slettet", "(?:bede|kræve)(?: \\p{L}+){0,3} slette(?!\\p{L})", "blive glemt"),
    en: kw("erasure", `${W}erase`, "delet(?:e|ion of) (?:your|the) (?:personal )?(?:data|information)", "(?:have|get)(?: \\S+){0,5} deleted", "right to be forgotten"),
  },
  restriction: {
    nb: kw(`${W}begrens\\p{L}*(?: \\p{L}+){0,3} behandling`, "rett(?:en)? til (?:å )?begrens"),
    nn: kw(`${W}(?:av|be)grens\\p{L}*(?: \\p{L}+){0,3} behandling`, "rett(?:en)? til (?:å )?(?:av|be)grens"),
    da: kw(`${W}begræns\\p{L}*(?: \\p{L}+){0,3} behandling`, "ret(?:ten)? til (?:at )?begræns"),
    en: kw("restrict\\p{L}*(?: \\p{L}+){0,3} processing", "right to restrict"),
  },
  objection: {
    nb: kw(`${W}protest`, `${W}motsette`, "innsigelse"),
    nn: kw(`${W}protest`, `${W}motset(?:j)?e`, "innvending"),
    da: kw("indsigelse", `${W}protest`, `${W}modsætte`),
    en: kw("right to object", "object to", "objection"),
  },
  portability: {
    nb: kw("portabilitet", "flytt(?:e|ing) (?:av )?(?:dine |egne )?(?:person)?opplysning"),
    nn: kw("portabilitet", "flytt(?:e|ing) (?:av )?(?:dine |eigne )?(?:person)?opplysning"),
    da: kw("portabilitet", "transmitter", "flytte (?:dine )?(?:person)?oplysning"),
    en: kw("portab", "move your (?:personal )?data"),
  },
};

/** Withdrawing consent: nb "trekke tilbake", nn "trekkje/trekke tilbake", da "tilbagekalde"/"trække … tilbage", en "withdraw". */
const WITHDRAW_KEYWORDS: Keywords = {
  nb: kw(`${W}trekk\\p{L}*(?: \\p{L}+){0,3} tilbake`, `${W}trekk\\p{L}* (?:ditt |sitt |et )?samtykke`, "tilbaketrekk"),
  nn: kw(`${W}trekk\\p{L}*(?: \\p{L}+){0,3} tilbake`, `${W}trekk\\p{L}* (?:ditt |sitt |eit )?samtykke`, "tilbaketrekk"),
  da: kw("tilbagekald", `${W}træk\\p{L}*(?: \\p{L}+){0,3} tilbage`, "tilbagetræk"),
  en: kw("withdraw", "revoke (?:your |their )?consent"),
};

/** Consent-based processing: Art. 6(1)(a) and Art. 9(2)(a), where point 9 applies. */
const CONSENT_BASES = ["gdpr-6-1-a", "gdpr-9-2-a"];

// ---- text of the notice -----------------------------------------------------------------------

/** A piece of text citizens read, in the language it is written in (nn may show nb text). */
type Piece = { lang: Locale; text: string };

const normalise = (text: string) =>
  text
    .replace(/[\u00ad\u200b]/g, "")
    .replace(/\s+/g, " ")
    .trim();

function piece(localized: Localized<string> | null | undefined): Piece[] {
  if (!localized) return [];
  const text = normalise(localized.value);
  return text ? [{ lang: localized.lang, text }] : [];
}

const richPiece = (localized: Localized<RichText> | null | undefined): Piece[] => (localized ? piece({ lang: localized.lang, value: richTextToPlain(localized.value) }) : []);

/** Plain text of one activity field, whatever its shape (rich text, text list, categories). */
function fieldText(value: RichText | string[] | Category[]): string {
  return value
    .map((item) => {
      if (typeof item === "string") return item;
      if ("type" in item) return richTextToPlain([item as Block]);
      return item.text;
    })
    .join("\n");
}

function fieldPiece(field: Localized<RichText | string[] | Category[]> | undefined): Piece[] {
  return field ? piece({ lang: field.lang, value: fieldText(field.value) }) : [];
}

function activityPieces(activity: ResolvedActivity): Piece[] {
  const fields = Object.values(activity.fields) as Localized<RichText | string[] | Category[]>[];
  return [...piece(activity.title), ...fields.flatMap(fieldPiece), ...activity.appended.flatMap((a) => richPiece(a.body))];
}

function noticePieces(notice: ResolvedNotice): Piece[] {
  const out: Piece[] = [...piece(notice.title), ...richPiece(notice.intro), ...piece(notice.organisation.noDpoNote)];
  for (const part of notice.parts) {
    if (part.kind === "activity") {
      out.push(...activityPieces(part));
      continue;
    }
    out.push(...piece(part.title), ...richPiece(part.body), ...part.appended.flatMap((a) => richPiece(a.body)));
    out.push(...part.children.flatMap(activityPieces));
  }
  return out;
}

function mentions(pieces: Piece[], keywords: Keywords): boolean {
  return pieces.some((p) => keywords[p.lang].some((re) => re.test(p.text)));
}

// ---- helpers ------------------------------------------------------------------------------------

const filled = (value: string | null | undefined) => (value ?? "").trim() !== "";

/** A field counts when it holds visible text: an empty paragraph or a blank list item does not. */
function hasField(fields: ActivityFields, name: keyof ActivityFields): boolean {
  const field = fields[name] as Localized<RichText | string[] | Category[]> | undefined;
  return field !== undefined && normalise(fieldText(field.value)) !== "";
}

function allActivities(notice: ResolvedNotice): ResolvedActivity[] {
  return notice.parts.flatMap((part) => (part.kind === "activity" ? [part] : part.children));
}

const usesConsent = (activity: ResolvedActivity) => activity.legalBases.some((b) => CONSENT_BASES.includes(b.code));
const status = (ok: boolean): PointStatus => (ok ? "ok" : "missing");

// ---- notice level -------------------------------------------------------------------------------

/** 1: Art. 13(1)(a) asks for identity *and* contact details: a name alone cannot be contacted. */
function controllerIdentity(notice: ResolvedNotice): PointStatus {
  const o = notice.organisation;
  return status(filled(o.name) && [o.address, o.phone, o.email, o.website, o.secureMailUrl].some(filled));
}

/**
 * 2: The DPO's contact details are required only where there is a DPO. Without one the point
 * does not apply, provided the page names someone else to contact (the no-DPO note or the
 * controller's e-mail, as the contact card shows them). With a DPO, the page's DPO card and any
 * rich-text "contact" block with who "dpo" render the same settings, so the settings decide
 * (a contact block over empty settings shows nothing); a name without e-mail, phone or secure
 * mail is not a contact detail.
 */
function dpoContact(notice: ResolvedNotice): PointStatus {
  const o = notice.organisation;
  if (!o.hasDpo) return filled(o.noDpoNote?.value) || filled(o.email) ? "not-applicable" : "missing";
  return status([o.dpoEmail, o.dpoPhone, o.dpoSecureMailUrl].some(filled));
}

/** 8: Art. 13(2)(b) lists six rights; each must be named somewhere in the notice. */
function dataSubjectRights(pieces: Piece[]): PointResult {
  const missingRights = DATA_SUBJECT_RIGHTS.filter((right) => !mentions(pieces, RIGHTS_KEYWORDS[right]));
  return missingRights.length === 0 ? { point: "data-subject-rights", status: "ok" } : { point: "data-subject-rights", status: "missing", missingRights };
}

/** 9 (notice): only consent-based processing has a consent to withdraw; then the text must say it can be withdrawn. */
function withdrawConsentNotice(activities: ResolvedActivity[], pieces: Piece[]): PointStatus {
  if (!activities.some(usesConsent)) return "not-applicable";
  return status(mentions(pieces, WITHDRAW_KEYWORDS));
}

/**
 * 10: The public page (and every activity page) always shows the supervisory authority block
 * for the organisation's country, so the editor never has to write it. It renders nothing for
 * a country without a known authority, and then the point is missing.
 */
function complaint(notice: ResolvedNotice): PointStatus {
  return status(supervisoryAuthorityFor(notice.organisation.country) !== null);
}

// ---- activity level -----------------------------------------------------------------------------

function checkActivity(activity: ResolvedActivity, noticeMentionsWithdrawal: boolean): PointResult[] {
  const f = activity.fields;
  const has = (name: keyof ActivityFields) => hasField(f, name);
  const codes = activity.legalBases.map((b) => b.code);
  const results: Partial<Record<GdprPoint, PointStatus>> = {};

  // 3: a purpose, and a legal basis from Art. 6(1): national law alone is not a GDPR basis.
  results["purpose-and-legal-basis"] = status((has("purpose") || has("description")) && codes.some((c) => c.startsWith("gdpr-6-")));
  // 4: the legitimate interests must be stated only where 6(1)(f) is the basis.
  results["legitimate-interest"] = codes.includes("gdpr-6-1-f") ? status(has("legitimateInterest")) : "not-applicable";
  // 5: recipients or categories of recipients; processors are recipients too (Art. 4(9)).
  results["recipients"] = status(has("recipients") || has("processors"));
  // 6: even "no transfers outside the EU/EEA" must be said: silence leaves the reader guessing.
  results["third-country-transfers"] = status(has("transfers"));
  // 7: a period (retentionPeriod) or the criteria for it (retention text).
  results["retention"] = status(has("retention") || filled(activity.retentionPeriod));
  // 9: only consent can be withdrawn; the activity or the notice (e.g. a rights section) may say how.
  results["withdraw-consent"] = usesConsent(activity) ? status(noticeMentionsWithdrawal || mentions(activityPieces(activity), WITHDRAW_KEYWORDS)) : "not-applicable";
  // 11: whether providing the data is required, and what happens if not.
  results["statutory-requirement"] = status(has("provisionRequirement"));
  // 12: also "no automated decisions" must be stated.
  results["automated-decisions"] = status(has("automatedDecisions"));
  // 13: Art. 14(1)(d): the categories of personal data.
  results["data-categories"] = status(has("categories"));
  // 14: Art. 14(2)(f): never inferred as not applicable: we cannot know that all data comes
  // from the person, so the editor must state the source (even "from you").
  results["data-source"] = status(has("sources"));

  return ACTIVITY_POINTS.map((point) => ({ point, status: results[point]! }));
}

// ---- the whole notice -----------------------------------------------------------------------------

export function checkNotice(notice: ResolvedNotice, { otherLanguages = [], rowFindings }: CheckOptions = {}): NoticeCheck {
  const pieces = noticePieces(notice);
  const activities = allActivities(notice);
  const withdrawal = mentions(pieces, WITHDRAW_KEYWORDS);

  const noticeResults: Partial<Record<GdprPoint, PointResult>> = {
    "controller-identity": { point: "controller-identity", status: controllerIdentity(notice) },
    "dpo-contact": { point: "dpo-contact", status: dpoContact(notice) },
    "data-subject-rights": dataSubjectRights(pieces),
    "withdraw-consent": { point: "withdraw-consent", status: withdrawConsentNotice(activities, pieces) },
    complaint: { point: "complaint", status: complaint(notice) },
  };
  const noticePoints = NOTICE_POINTS.map((point) => noticeResults[point]!);
  const activityChecks = activities.map((a) => ({ slug: a.slug, title: a.title.value, points: checkActivity(a, withdrawal) }));

  const missingCount = [...noticePoints, ...activityChecks.flatMap((a) => a.points)].filter((r) => r.status === "missing").length;
  const advice = noticeAdvice([notice, ...otherLanguages.filter((n) => n.locale !== notice.locale)], rowFindings);
  return { notice: noticePoints, activities: activityChecks, missingCount, ...advice };
}
