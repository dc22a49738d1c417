import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { p } from "../content/inline-syntax";
import type { Locale, RichText } from "../content/schema";
import { resolveNotice } from "../notice/resolve";
import { activity as activityRecord, layers, organisation as organisationRecord, override } from "../notice/test-fixtures";
import type { ActivityFields, LegalBasisRecord, Localized, ResolvedActivity, ResolvedNotice, ResolvedOrganisation, ResolvedPart, ResolvedSection } from "../notice/types";
import { LEGAL_BASES } from "../../prisma/seed-data/legal-bases";
import { telephoneInquiriesActivity } from "../../prisma/seed-data/library-no";
import { ACTIVITY_POINTS, checkNotice, GDPR_POINTS, NOTICE_POINTS, type GdprPoint, type NoticeCheck, type PointStatus } from "./check";

// ---- builders: minimal resolved notices by hand ---------------------------------------------------

const loc = <T>(value: T, lang: Locale = "nb"): Localized<T> => ({ lang, value });

function org(extra: Partial<ResolvedOrganisation> = {}): ResolvedOrganisation {
  return {
    slug: "aure",
    name: "Aure kommune",
    kind: "municipality",
    country: "NO",
    accentColor: "#1f4e8c",
    logoUrl: "",
    address: "Aure rådhus, 6690 Aure",
    phone: "",
    email: "",
    website: "",
    secureMailUrl: "",
    hasDpo: true,
    dpoName: "Kari Nordmann",
    dpoEmail: "personvernombud@aure.kommune.no",
    dpoPhone: "",
    dpoSecureMailUrl: "",
    rightsEmail: "",
    accessRequestUrl: "",
    accessRequestFormUrl: "",
    noDpoNote: null,
    group: null,
    ...extra,
  };
}

const basis = (code: string) => ({ code, kind: code.startsWith("gdpr-6") ? "gdpr-art6" : "gdpr-art9", url: "", citation: loc(code), label: loc(code) });

/** Fields that satisfy every activity-level point. */
const completeFields: ActivityFields = {
  purpose: loc([p("Vi behandler søknader om barnehageplass.")]),
  categories: loc([{ text: "Navn og adresse" }]),
  sources: loc([p("Fra deg og fra Folkeregisteret.")]),
  legitimateInterest: loc([p("Å sikre bygget.")]),
  provisionRequirement: loc([p("Du må gi opplysningene for å få plass.")]),
  recipients: loc(["Statistisk sentralbyrå"]),
  transfers: loc([p("Vi overfører ikke opplysninger til land utenfor EU/EØS.")]),
  retention: loc([p("Vi lagrer søknaden i fem år.")]),
  automatedDecisions: loc([p("Vi bruker ikke automatiserte avgjørelser.")]),
};

function act(slug: string, fields: ActivityFields, codes: string[] = ["gdpr-6-1-e"], extra: Partial<ResolvedActivity> = {}): ResolvedActivity {
  return {
    kind: "activity",
    slug,
    origin: "organisation",
    mode: "own",
    title: loc(slug),
    appended: [],
    retentionPeriod: null,
    legalBases: codes.map(basis),
    fields,
    ...extra,
  };
}

function sec(slug: string, body: RichText, children: ResolvedActivity[] = [], lang: Locale = "nb"): ResolvedSection {
  return { kind: "section", slug, origin: "organisation", mode: "own", title: loc(slug, lang), appended: [], body: loc(body, lang), children };
}

const RIGHTS_NB = [
  p("Du har rett til innsyn i opplysningene vi har om deg."),
  p("Du kan be oss rette opp feil."),
  p("Du kan kreve sletting av opplysninger."),
  p("Du kan be om begrensning av behandlingen."),
  p("Du kan protestere mot behandlingen."),
  p("Du har rett til dataportabilitet."),
];

function notice(parts: ResolvedPart[], extra: Partial<ResolvedNotice> = {}): ResolvedNotice {
  return { locale: "nb", organisation: org(), title: loc("Personvernerklæring"), intro: null, parts, ...extra };
}

/** A notice with the rights section and one activity with every field filled. */
const completeNotice = (extra: Partial<ResolvedNotice> = {}, activityExtra: Partial<ResolvedActivity> = {}) =>
  notice([sec("rettigheter", RIGHTS_NB), act("barnehage", completeFields, ["gdpr-6-1-e"], activityExtra)], extra);

const noticeStatus = (check: NoticeCheck, point: GdprPoint): PointStatus | undefined => check.notice.find((r) => r.point === point)?.status;
const activityStatus = (check: NoticeCheck, point: GdprPoint, index = 0): PointStatus | undefined => check.activities[index]?.points.find((r) => r.point === point)?.status;
const missingPoints = (check: NoticeCheck) => [
  ...check.notice.filter((r) => r.status === "missing").map((r) => r.point),
  ...check.activities.flatMap((a) => a.points.filter((r) => r.status === "missing").map((r) => `${a.slug}:${r.point}`)),
];

// ---- the point list -------------------------------------------------------------------------------

describe("GDPR points", () => {
  it("lists the 14 points in PRODUCT.md order with their articles", () => {
    assert.deepEqual(
      GDPR_POINTS.map((p) => `${p.id} ${p.article}`),
      [
        "controller-identity Art. 13(1)(a)",
        "dpo-contact Art. 13(1)(b)",
        "purpose-and-legal-basis Art. 13(1)(c)",
        "legitimate-interest Art. 13(1)(d)",
        "recipients Art. 13(1)(e)",
        "third-country-transfers Art. 13(1)(f)",
        "retention Art. 13(2)(a)",
        "data-subject-rights Art. 13(2)(b)",
        "withdraw-consent Art. 13(2)(c)",
        "complaint Art. 13(2)(d)",
        "statutory-requirement Art. 13(2)(e)",
        "automated-decisions Art. 13(2)(f)",
        "data-categories Art. 14(1)(d)",
        "data-source Art. 14(2)(f)",
      ],
    );
  });

  it("reports notice-level and activity-level points in that order", () => {
    const check = checkNotice(completeNotice());
    assert.deepEqual(
      check.notice.map((r) => r.point),
      NOTICE_POINTS,
    );
    assert.deepEqual(
      check.activities[0]!.points.map((r) => r.point),
      ACTIVITY_POINTS,
    );
    assert.deepEqual(NOTICE_POINTS, ["controller-identity", "dpo-contact", "data-subject-rights", "withdraw-consent", "complaint"]);
  });

  it("a complete notice has nothing missing", () => {
    const check = checkNotice(completeNotice());
    assert.deepEqual(missingPoints(check), []);
    assert.equal(check.missingCount, 0);
    assert.deepEqual(
      check.activities.map((a) => [a.slug, a.title]),
      [["barnehage", "barnehage"]],
    );
  });

  it("checks activities at top level and under sections, and counts every missing result", () => {
    const bare = act("bare", {}, []);
    const check = checkNotice(notice([sec("rettigheter", RIGHTS_NB, [bare]), act("top", completeFields)]));
    assert.deepEqual(
      check.activities.map((a) => a.slug),
      ["bare", "top"],
    );
    // bare: purpose, recipients, transfers, retention, statutory, automated, categories, source.
    assert.equal(check.missingCount, 8);
    assert.equal(check.missingCount, missingPoints(check).length);
  });
});

// ---- notice level ---------------------------------------------------------------------------------

describe("checkNotice: controller and DPO", () => {
  it("1: the controller needs a name and at least one contact detail", () => {
    assert.equal(noticeStatus(checkNotice(completeNotice()), "controller-identity"), "ok");
    const noContact = org({ address: "", phone: "", email: "", website: "", secureMailUrl: "" });
    assert.equal(noticeStatus(checkNotice(completeNotice({ organisation: noContact })), "controller-identity"), "missing");
    for (const key of ["phone", "email", "website", "secureMailUrl"] as const) {
      const one = { ...noContact, [key]: "x" };
      assert.equal(noticeStatus(checkNotice(completeNotice({ organisation: one })), "controller-identity"), "ok", key);
    }
    assert.equal(noticeStatus(checkNotice(completeNotice({ organisation: org({ name: " " }) })), "controller-identity"), "missing");
  });

  it("2: with a DPO, an e-mail, phone or secure mail link is needed (a name is not a contact)", () => {
    const noDetails = org({ dpoEmail: "", dpoPhone: "", dpoSecureMailUrl: "" });
    assert.equal(noticeStatus(checkNotice(completeNotice({ organisation: noDetails })), "dpo-contact"), "missing");
    assert.equal(noticeStatus(checkNotice(completeNotice({ organisation: { ...noDetails, dpoPhone: "+47 71 00 00 00" } })), "dpo-contact"), "ok");
    assert.equal(noticeStatus(checkNotice(completeNotice({ organisation: { ...noDetails, dpoSecureMailUrl: "https://svarut.no" } })), "dpo-contact"), "ok");
  });

  it("2: a DPO contact block in the text shows the settings, so empty settings stay missing", () => {
    const withBlock = (o: ResolvedOrganisation) => notice([sec("kontakt", [{ type: "contact", who: "dpo" }]), sec("rettigheter", RIGHTS_NB), act("a", completeFields)], { organisation: o });
    assert.equal(noticeStatus(checkNotice(withBlock(org({ dpoEmail: "" }))), "dpo-contact"), "missing");
    assert.equal(noticeStatus(checkNotice(withBlock(org())), "dpo-contact"), "ok");
  });

  it("2: without a DPO the point does not apply if someone else can be contacted", () => {
    const noDpo = org({ hasDpo: false, dpoEmail: "", email: "" });
    assert.equal(noticeStatus(checkNotice(completeNotice({ organisation: noDpo })), "dpo-contact"), "missing");
    assert.equal(noticeStatus(checkNotice(completeNotice({ organisation: { ...noDpo, noDpoNote: loc("Daglig leder") } })), "dpo-contact"), "not-applicable");
    assert.equal(noticeStatus(checkNotice(completeNotice({ organisation: { ...noDpo, email: "post@sonh.no" } })), "dpo-contact"), "not-applicable");
  });

  it("10: the complaint point is covered by the page's supervisory authority block", () => {
    assert.equal(noticeStatus(checkNotice(completeNotice()), "complaint"), "ok");
    assert.equal(noticeStatus(checkNotice(completeNotice({ organisation: org({ country: "DK" }) })), "complaint"), "ok");
    // No known authority: the block renders nothing.
    assert.equal(noticeStatus(checkNotice(completeNotice({ organisation: org({ country: "SE" }) })), "complaint"), "missing");
  });
});

describe("checkNotice: data subject rights (8)", () => {
  const rightsOf = (n: ResolvedNotice) => checkNotice(n).notice.find((r) => r.point === "data-subject-rights")!;

  it("is missing without a word about rights, and names the rights left out", () => {
    const result = rightsOf(notice([act("a", completeFields)]));
    assert.equal(result.status, "missing");
    assert.deepEqual(result.missingRights, ["access", "rectification", "erasure", "restriction", "objection", "portability"]);
  });

  it("each of the six rights is needed (nb)", () => {
    const names = ["access", "rectification", "erasure", "restriction", "objection", "portability"];
    RIGHTS_NB.forEach((_, i) => {
      const without = RIGHTS_NB.filter((_, j) => j !== i);
      const result = rightsOf(notice([sec("rettigheter", without)]));
      assert.equal(result.status, "missing", names[i]);
      assert.deepEqual(result.missingRights, [names[i]]);
    });
    assert.equal(rightsOf(notice([sec("rettigheter", RIGHTS_NB)])).status, "ok");
  });

  it("does not take retention, purpose limitation or public access for the rights", () => {
    const lookAlikes = [
      p("Opplysningene slettes etter ett år."),
      p("Vi vil slette dine personopplysninger når tjenesten er levert."),
      p("Prinsippet om formålsbegrensning gjelder."),
      p("Partene har partsinnsyn etter forvaltningsloven."),
      p("Opplysningene blir oppretting av saken."),
    ];
    const result = rightsOf(notice([sec("annet", lookAlikes)]));
    assert.deepEqual(result.missingRights, ["access", "rectification", "erasure", "restriction", "objection", "portability"]);
  });

  it("finds the rights anywhere: intro, activity fields, appended text", () => {
    const intro = loc([RIGHTS_NB[0]!, RIGHTS_NB[1]!]);
    const a = act("a", { ...completeFields, purpose: loc([RIGHTS_NB[2]!, RIGHTS_NB[3]!]) }, ["gdpr-6-1-e"], {
      appended: [{ origin: "organisation", body: loc([RIGHTS_NB[4]!, RIGHTS_NB[5]!]) }],
    });
    assert.equal(rightsOf(notice([a], { intro })).status, "ok");
  });

  it("nynorsk text is read with nynorsk words", () => {
    const nn = [
      p("Du har rett til innsyn i opplysningane vi har om deg."),
      p("Du kan krevje retting av feil."),
      p("Du kan be oss om å slette opplysningane."),
      p("Du kan be om avgrensing av behandlinga."),
      p("Du kan protestere mot behandlinga."),
      p("Du kan be om å flytte opplysningane dine (dataportabilitet)."),
    ];
    assert.equal(rightsOf(notice([sec("rettar", nn, [], "nn")], { locale: "nn" })).status, "ok");
    // A nynorsk notice may show a bokmål section: it is read with bokmål words.
    assert.equal(rightsOf(notice([sec("rettigheter", RIGHTS_NB, [], "nb")], { locale: "nn" })).status, "ok");
  });

  it("Danish text is read with Danish words", () => {
    const da = [
      p("Du har ret til indsigt i de oplysninger, vi har om dig."),
      p("Du har ret til berigtigelse af forkerte oplysninger."),
      p("Du har ret til sletning."),
      p("Du har ret til begrænsning af behandlingen."),
      p("Du har ret til at gøre indsigelse mod behandlingen."),
      p("Du har ret til dataportabilitet."),
    ];
    assert.equal(rightsOf(notice([sec("rettigheder", da, [], "da")], { locale: "da" })).status, "ok");
    const result = rightsOf(notice([sec("rettigheder", [p("Du kan få aktindsigt."), ...da.slice(1)], [], "da")], { locale: "da" }));
    assert.deepEqual(result.missingRights, ["access"]);
  });

  it("English text is read with English words, and words of another language do not count", () => {
    const en = [
      p("You have the right of access to your personal data."),
      p("You may ask for rectification of inaccurate data."),
      p("You may ask for erasure of your data."),
      p("You may ask us to restrict the processing."),
      p("You have the right to object to the processing."),
      p("You have the right to data portability."),
    ];
    assert.equal(rightsOf(notice([sec("rights", en, [], "en")], { locale: "en" })).status, "ok");
    assert.equal(rightsOf(notice([sec("rights", en, [], "nb")])).status, "missing");
  });
});

describe("checkNotice: withdrawing consent (9)", () => {
  const consent = (body: RichText, codes = ["gdpr-6-1-a"], lang: Locale = "nb") => notice([sec("rettigheter", [...RIGHTS_NB, ...body], [], lang), act("nyhetsbrev", completeFields, codes)]);

  it("does not apply when no activity is based on consent", () => {
    const check = checkNotice(completeNotice());
    assert.equal(noticeStatus(check, "withdraw-consent"), "not-applicable");
    assert.equal(activityStatus(check, "withdraw-consent"), "not-applicable");
  });

  it("is missing for consent (6(1)(a) or 9(2)(a)) until the text says consent can be withdrawn", () => {
    for (const codes of [["gdpr-6-1-a"], ["gdpr-6-1-c", "gdpr-9-2-a"]]) {
      const check = checkNotice(consent([], codes));
      assert.equal(noticeStatus(check, "withdraw-consent"), "missing", codes.join());
      assert.equal(activityStatus(check, "withdraw-consent"), "missing", codes.join());
      assert.deepEqual(missingPoints(check), ["withdraw-consent", "nyhetsbrev:withdraw-consent"]);
      assert.equal(check.missingCount, 2);
    }
    const ok = checkNotice(consent([p("Du kan når som helst trekke tilbake samtykket ditt.")]));
    assert.equal(noticeStatus(ok, "withdraw-consent"), "ok");
    assert.equal(activityStatus(ok, "withdraw-consent"), "ok");
  });

  it("recognises the wording in each language", () => {
    const cases: [Locale, string][] = [
      ["nb", "Dersom du trekker ditt samtykke, sletter vi opplysningene."],
      ["nn", "Du kan når som helst trekkje tilbake samtykket ditt."],
      ["nn", "Du kan trekke tilbake samtykket."],
      ["da", "Du kan til enhver tid tilbagekalde dit samtykke."],
      ["da", "Du kan trække dit samtykke tilbage."],
      ["en", "You may withdraw your consent at any time."],
    ];
    for (const [lang, text] of cases) {
      assert.equal(noticeStatus(checkNotice(consent([p(text)], ["gdpr-6-1-a"], lang)), "withdraw-consent"), "ok", text);
    }
  });

  it("the activity's own text is enough", () => {
    const a = act("nyhetsbrev", { ...completeFields, legalBasisText: loc([p("Samtykke. Du kan trekke tilbake samtykket ved å melde deg av.")]) }, ["gdpr-6-1-a"]);
    const check = checkNotice(notice([sec("rettigheter", RIGHTS_NB), a]));
    assert.equal(activityStatus(check, "withdraw-consent"), "ok");
    assert.equal(noticeStatus(check, "withdraw-consent"), "ok");
  });
});

// ---- activity level -------------------------------------------------------------------------------

describe("checkNotice: activity points", () => {
  const checkActivity = (fields: ActivityFields, codes: string[] = ["gdpr-6-1-e"], extra: Partial<ResolvedActivity> = {}) =>
    checkNotice(notice([sec("rettigheter", RIGHTS_NB), act("a", fields, codes, extra)]));
  const without = (field: keyof ActivityFields): ActivityFields => {
    const { [field]: _removed, ...rest } = completeFields;
    return rest;
  };

  it("each field-backed point goes missing when its field is empty", () => {
    const cases: [keyof ActivityFields, GdprPoint][] = [
      ["recipients", "recipients"],
      ["transfers", "third-country-transfers"],
      ["retention", "retention"],
      ["provisionRequirement", "statutory-requirement"],
      ["automatedDecisions", "automated-decisions"],
      ["categories", "data-categories"],
      ["sources", "data-source"],
    ];
    for (const [field, point] of cases) {
      const check = checkActivity(without(field));
      assert.deepEqual(missingPoints(check), [`a:${point}`], field);
      assert.equal(check.missingCount, 1);
    }
  });

  it("text that renders as nothing does not count", () => {
    const check = checkActivity({ ...completeFields, transfers: loc([p("  ")]), recipients: loc([" "]), categories: loc([{ text: " " }]) });
    assert.deepEqual(missingPoints(check), ["a:recipients", "a:third-country-transfers", "a:data-categories"]);
  });

  it("3: needs a purpose (or description) and an Art. 6 legal basis", () => {
    assert.equal(activityStatus(checkActivity(without("purpose")), "purpose-and-legal-basis"), "missing");
    assert.equal(activityStatus(checkActivity({ ...without("purpose"), description: loc([p("Beskrivelse.")]) }), "purpose-and-legal-basis"), "ok");
    assert.equal(activityStatus(checkActivity(completeFields, []), "purpose-and-legal-basis"), "missing");
    // Art. 9 or national law alone is not an Art. 6 basis.
    assert.equal(activityStatus(checkActivity(completeFields, ["gdpr-9-2-h", "no-forvaltningsloven"]), "purpose-and-legal-basis"), "missing");
    assert.equal(activityStatus(checkActivity(completeFields, ["no-forvaltningsloven", "gdpr-6-1-c"]), "purpose-and-legal-basis"), "ok");
  });

  it("4: legitimate interests are asked for only under 6(1)(f)", () => {
    assert.equal(activityStatus(checkActivity(without("legitimateInterest")), "legitimate-interest"), "not-applicable");
    assert.equal(activityStatus(checkActivity(without("legitimateInterest"), ["gdpr-6-1-f"]), "legitimate-interest"), "missing");
    assert.equal(activityStatus(checkActivity(completeFields, ["gdpr-6-1-f"]), "legitimate-interest"), "ok");
  });

  it("5: processors count as recipients", () => {
    assert.equal(activityStatus(checkActivity({ ...without("recipients"), processors: loc(["Visma"]) }), "recipients"), "ok");
  });

  it("7: a fixed retention period is enough", () => {
    assert.equal(activityStatus(checkActivity(without("retention"), ["gdpr-6-1-e"], { retentionPeriod: "P3M" }), "retention"), "ok");
  });

  it("14: the source is never assumed to be the person: an empty source is missing", () => {
    assert.equal(activityStatus(checkActivity(without("sources")), "data-source"), "missing");
  });
});

// ---- a realistic notice ---------------------------------------------------------------------------

describe("checkNotice: the library's telephone inquiries activity", () => {
  const legalBases: LegalBasisRecord[] = LEGAL_BASES.map((b) => ({
    code: b.code,
    kind: b.kind,
    country: b.country ?? null,
    url: b.url,
    translations: Object.entries(b.text).map(([locale, t]) => ({ locale: locale as Locale, ...t })),
  }));
  const { title, content, slug, legalBases: codes } = telephoneInquiriesActivity;
  const libraryParts = [activityRecord("library:no-standard:phone", 0, { nb: { title, ...content } }, { slug, legalBases: codes })];
  const organisationParts = [override("oslo-adopt", "inherit", "library:no-standard:phone", 10, {}, "activity")];
  const resolved = resolveNotice(layers({ libraryParts, organisationParts, legalBases, organisation: organisationRecord({ group: null }) }), "nb");
  const check = checkNotice(resolved);

  it("reports what the record states and what it leaves out", () => {
    assert.equal(check.activities.length, 1);
    assert.equal(check.activities[0]!.slug, "henvendelser-per-telefon");
    assert.equal(check.activities[0]!.title, "Administrere henvendelser per telefon");
    const status = Object.fromEntries(check.activities[0]!.points.map((r) => [r.point, r.status]));
    assert.equal(status["purpose-and-legal-basis"], "ok");
    assert.equal(status["legitimate-interest"], "not-applicable");
    assert.equal(status["recipients"], "ok");
    assert.equal(status["third-country-transfers"], "ok");
    assert.equal(status["retention"], "ok");
    assert.equal(status["automated-decisions"], "ok");
    assert.equal(status["data-categories"], "ok");
    assert.equal(status["data-source"], "missing");
    assert.equal(status["statutory-requirement"], "missing");
    // 9(2)(a) explicit consent, and nothing says it can be withdrawn.
    assert.equal(status["withdraw-consent"], "missing");
  });

  it("the notice around it lacks the rights and the controller's contact details", () => {
    assert.equal(noticeStatus(check, "controller-identity"), "missing");
    assert.equal(noticeStatus(check, "data-subject-rights"), "missing");
    assert.equal(noticeStatus(check, "complaint"), "ok");
    assert.equal(check.missingCount, missingPoints(check).length);
  });
});
