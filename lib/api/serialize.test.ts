import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resolveNotice } from "../notice/resolve";
import {
  primaryLocale,
  serializeNotice,
  serializeOrganisation,
  serializeOrganisationDetail,
  serializeOrganisationList,
  serializeVersion,
  serializeVersionList,
  type ApiActivity,
  type ApiSection,
} from "./serialize";
import { apiLayers, apiNotice, BASE_URL, directoryEntry, VERSION } from "./test-fixtures";

const API = `${BASE_URL}/api/v1`;
const latest = (notice = apiNotice()) => serializeNotice({ notice, version: VERSION, locales: ["nb", "nn"], baseUrl: BASE_URL, addressedAs: "latest" });

/** Every key used anywhere in a JSON value. */
function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  return out;
}

describe("serializeNotice", () => {
  it("publishes no editing internals, even from a notice resolved with sources", () => {
    const withSources = resolveNotice(apiLayers(), "nb", { withSources: true });
    const keys = keysOf(latest(withSources));
    for (const internal of ["source", "origin", "mode", "identityId", "accentColor", "logoUrl", "hasDpo"]) assert.ok(!keys.has(internal), internal);
  });

  it("has absolute links for the latest notice", () => {
    const json = latest();
    assert.deepEqual(json.links, {
      self: `${API}/organisations/aure/notice?locale=nb`,
      html: `${BASE_URL}/nb/aure`,
      jsonld: `${API}/organisations/aure/notice?locale=nb&format=jsonld`,
      versions: `${API}/organisations/aure/versions?locale=nb`,
    });
    assert.deepEqual(json.version, { number: 3, publishedAt: "2025-01-02T03:04:05.000Z", effectiveAt: null, changeNote: null });
    assert.deepEqual(json.locales, ["nb", "nn"]);
  });

  it("keeps rich text as typed blocks with substituted variables, absolute hrefs and a plain-text rendering", () => {
    const intro = latest().parts[0] as ApiSection;
    assert.equal(intro.kind, "section");
    assert.deepEqual(intro.body!.blocks[0], {
      type: "paragraph",
      text: [
        { type: "text", text: "Skriv til " },
        { type: "link", href: "mailto:post@aure.kommune.no", text: "post@aure.kommune.no" },
        { type: "text", text: " eller les " },
        { type: "link", href: `${BASE_URL}/nb/aure/behandlinger`, text: "mer" },
        { type: "text", text: "." },
      ],
    });
    assert.deepEqual(intro.body!.blocks.slice(1), [
      { type: "contact", who: "controller" },
      { type: "contact", who: "dpo" },
    ]);
    assert.equal(
      intro.body!.text,
      "Skriv til post@aure.kommune.no eller les mer.\n\nAure kommune\nAure rådhus\n+47 71 64 00 00\npost@aure.kommune.no\nhttps://www.aure.kommune.no\n\nPersonvernombudet\npersonvern@aure.kommune.no",
    );
    assert.deepEqual(
      intro.appended.map((a) => a.text),
      ["Aure legger til dette."],
    );
    const list = (latest().parts[1] as ApiSection).body!;
    assert.deepEqual(list.blocks, [{ type: "list", ordered: true, items: [[{ type: "text", text: "Første" }], [{ type: "text", text: "Andre" }]] }]);
    assert.equal(list.text, "- Første\n- Andre");
  });

  it("publishes activities under their section with fields, categories and legal bases", () => {
    const section = latest().parts[1] as ApiSection;
    const phone = section.children[0] as ApiActivity;
    assert.equal(phone.slug, "telefon");
    assert.equal(phone.retentionPeriod, "P5Y");
    assert.deepEqual(phone.fields.categories, {
      lang: "nb",
      items: [
        { text: "Navn", special: null },
        { text: "Helseopplysninger", special: "art9" },
        { text: "Straffedommer", special: "art10" },
      ],
    });
    assert.deepEqual(phone.fields.recipients, { lang: "nb", items: ["NAV"] });
    assert.equal(phone.fields.purpose?.text, "Å svare innbyggere.");
    assert.deepEqual(
      phone.legalBases.map((b) => b.code),
      ["gdpr-6-1-e", "gdpr-9-2-h", "gdpr-10", "no-forvaltningsloven", "dk-databeskyttelsesloven-11"],
    );
    assert.deepEqual(phone.legalBases[3], {
      code: "no-forvaltningsloven",
      kind: "national",
      url: "https://lovdata.no/lov/1967-02-10",
      citation: { lang: "nb", value: "Forvaltningsloven" },
      label: { lang: "nb", value: "saksbehandling i offentlig forvaltning" },
    });
    assert.equal("appendix" in phone.fields, false);
  });

  it("marks nynorsk readers' fallback text as bokmål", () => {
    const nn = latest(apiNotice("nn"));
    assert.equal(nn.locale, "nn");
    assert.equal(nn.parts[0]!.title.lang, "nb");
    assert.equal(nn.links.self, `${API}/organisations/aure/notice?locale=nn`);
  });

  it("states the organisation's contact facts, null where empty", () => {
    const { organisation } = latest();
    assert.equal(organisation.contact.email, "post@aure.kommune.no");
    assert.equal(organisation.contact.rightsEmail, null);
    assert.deepEqual(organisation.dpo, { appointed: true, name: "Personvernombudet", email: "personvern@aure.kommune.no", phone: null, secureMailUrl: null });
    assert.deepEqual(organisation.supervisoryAuthority, { name: "Datatilsynet", url: "https://www.datatilsynet.no" });
    assert.deepEqual(organisation.group, { slug: "nordmore", name: "Nordmøre" });
  });
});

describe("serializing organisations", () => {
  it("summarises an organisation with links", () => {
    assert.deepEqual(serializeOrganisation(directoryEntry(), BASE_URL), {
      slug: "aure",
      name: "Aure kommune",
      kind: "municipality",
      country: "NO",
      locales: ["nb", "nn"],
      defaultLocale: "nb",
      links: { self: `${API}/organisations/aure`, notice: `${API}/organisations/aure/notice`, versions: `${API}/organisations/aure/versions`, html: `${BASE_URL}/nb/aure` },
    });
    assert.equal(serializeOrganisationList([directoryEntry()], BASE_URL).links.openapi, `${API}/openapi.json`);
  });

  it("links the first published locale when the default one has no notice", () => {
    const entry = { ...directoryEntry(), locales: ["nn" as const], defaultLocale: "nb" as const };
    assert.equal(primaryLocale(entry), "nn");
    assert.equal(serializeOrganisation(entry, BASE_URL).links.html, `${BASE_URL}/nn/aure`);
  });

  it("gives an organisation without a DPO no DPO details", () => {
    const org = apiNotice("nb", { hasDpo: false, dpoName: "Ola" }).organisation;
    const detail = serializeOrganisationDetail(directoryEntry(), org, BASE_URL);
    assert.deepEqual(detail.dpo, { appointed: false, name: null, email: null, phone: null, secureMailUrl: null });
    assert.equal(detail.contact.website, "https://www.aure.kommune.no");
  });
});

describe("serializing versions", () => {
  it("lists versions with links in the asked locale", () => {
    const scheduled = { number: 1, publishedAt: new Date("2024-01-01T00:00:07Z"), effectiveAt: new Date("2024-01-01T00:00:00Z"), changeNote: "Første" };
    const list = serializeVersionList(directoryEntry(), [VERSION, scheduled], "nn", BASE_URL);
    assert.equal(list.versions[0]!.effectiveAt, null, "published at once: no effectiveAt");
    assert.deepEqual(list.versions[1], {
      number: 1,
      publishedAt: "2024-01-01T00:00:07.000Z",
      effectiveAt: "2024-01-01T00:00:00.000Z",
      changeNote: "Første",
      links: { self: `${API}/organisations/aure/versions/1?locale=nn`, html: `${BASE_URL}/nn/aure/versions/1` },
    });
    assert.equal(list.links.self, `${API}/organisations/aure/versions?locale=nn`);
    assert.equal(list.upcoming, null, "nothing announced");
  });

  it("announces an upcoming material change with its summary in the asked language, nynorsk falling back on bokmål", () => {
    const upcoming = { runAt: new Date("2027-03-01T00:00:00Z"), announcedAt: new Date("2026-11-26T10:00:00Z"), changeNote: "", materialSummary: { nb: "Nytt journalsystem", da: "Nyt journalsystem" } };
    assert.deepEqual(serializeVersionList(directoryEntry(), [VERSION], "nn", BASE_URL, upcoming).upcoming, {
      effectiveAt: "2027-03-01T00:00:00.000Z",
      announcedAt: "2026-11-26T10:00:00.000Z",
      changeNote: null,
      materialSummary: { lang: "nb", value: "Nytt journalsystem" },
      links: { html: `${BASE_URL}/nn/aure/versions/upcoming` },
    });
  });

  it("links one version's notice to that version for good", () => {
    const version = serializeVersion({ notice: apiNotice(), version: VERSION, locales: ["nb", "nn"], baseUrl: BASE_URL });
    assert.equal(version.links.self, `${API}/organisations/aure/versions/3?locale=nb`);
    assert.equal(version.notice.links.self, `${API}/organisations/aure/versions/3?locale=nb`);
    assert.equal(version.notice.links.html, `${BASE_URL}/nb/aure/versions/3`);
  });
});
