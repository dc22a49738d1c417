import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { LEGAL_BASES } from "../../prisma/seed-data/legal-bases";
import { nordmoreNotice } from "../../prisma/seed-data/nordmore";
import { contact, p } from "../content/inline-syntax";
import type { Locale } from "../content/schema";
import { resolveNotice } from "../notice/resolve";
import { activity, layers, organisation, section } from "../notice/test-fixtures";
import type { LegalBasisRecord, PartRecord, ResolvedActivity, ResolvedNotice, ResolvedSection } from "../notice/types";
import { EMBED_SCRIPT, accentColour, renderEmbedHtml, renderEmbedNotFoundHtml, safeHref, type EmbedInput, type EmbedLabels } from "./render";

// ---- fixtures -------------------------------------------------------------------------------

type Messages = Record<string, Record<string, unknown>>;
const messages = (locale: Locale): Messages => JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8"));

/** What the route handler builds with next-intl, done by hand from the message files. */
function labelsFor(locale: Locale, organisationName = "Aure kommune"): EmbedLabels {
  const m = messages(locale);
  const s = (ns: string, key: string) => {
    const value = key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], m[ns]);
    assert.equal(typeof value, "string", `${ns}.${key}`);
    return value as string;
  };
  const notice = (key: string) => s("notice", key).replace("{organisation}", organisationName);
  const a = (key: string) => s("activity", key);
  const c = (key: string) => s("contact", key);
  return {
    notice: {
      defaultTitle: notice("defaultTitle"),
      lastUpdated: notice("lastUpdated").replace("<date></date>", "{date}"),
      version: notice("version").replace("{number}", "3"),
      contents: notice("contents"),
      fallbackNote: notice("fallbackNote"),
      contactHeading: notice("contactHeading"),
      controller: notice("controller"),
      dpo: notice("dpo"),
      activityOf: notice("activityOf"),
      backToNotice: notice("backToNotice"),
    },
    activity: {
      purpose: a("purpose"),
      legalBasis: a("legalBasis"),
      legitimateInterest: a("legitimateInterest"),
      categories: a("categories"),
      specialArt9: a("special.art9"),
      specialArt10: a("special.art10"),
      dataSubjects: a("dataSubjects"),
      sources: a("sources"),
      provisionRequirement: a("provisionRequirement"),
      systems: a("systems"),
      internalAccess: a("internalAccess"),
      recipients: a("recipients"),
      processors: a("processors"),
      transfers: a("transfers"),
      retention: a("retention"),
      automatedDecisions: a("automatedDecisions"),
      retentionPeriods: { P3M: a("retentionPeriod").replace("{period}", "3 måneder"), P30D: a("retentionPeriod").replace("{period}", "30 dager") },
    },
    contact: {
      organisation: c("organisation"),
      name: c("name"),
      address: c("address"),
      phone: c("phone"),
      email: c("email"),
      website: c("website"),
      secureMail: c("secureMail"),
      secureMailLink: c("secureMailLink"),
      accessRequest: c("accessRequest"),
      accessRequestLink: c("accessRequestLink"),
      noDpo: c("noDpo"),
      noDpoContact: c("noDpoContact"),
    },
    authority: { heading: s("authority", "heading"), text: s("authority", "text").replace("<authority></authority>", "{authority}"), name: s("authority", "name.NO") },
    languages: s("layout", "languages"),
    localeNames: { nb: s("layout", "localeName.nb"), nn: s("layout", "localeName.nn"), da: s("layout", "localeName.da"), en: s("layout", "localeName.en") },
    openNotice: "Åpne personvernerklæringen på egen side",
    openActivity: "Åpne denne behandlingen på egen side",
  };
}

const legalBases: LegalBasisRecord[] = LEGAL_BASES.map((b) => ({
  code: b.code,
  kind: b.kind,
  country: b.country ?? null,
  url: b.url,
  translations: Object.entries(b.text).map(([locale, t]) => ({ locale: locale as Locale, ...t })),
}));

const contactSettings = {
  address: "Aure rådhus\n6690 Aure",
  phone: "71 64 80 00",
  email: "postmottak@aure.kommune.no",
  website: "https://www.aure.kommune.no",
  dpoName: "Kari Nordmann",
  dpoEmail: "personvernombud@aure.kommune.no",
};

/** A small notice in nb and nn: nn has its own text for some parts and borrows bokmål for others. */
function smallLayers() {
  const groupParts: PartRecord[] = [
    section("rights", 10, {
      nb: { title: "Dine rettigheter", body: [p("Kontakt [personvernombudet]({{dpoEmail}})."), contact("dpo")] },
      nn: { title: "Rettane dine", body: [p("Kontakt [personvernombodet]({{dpoEmail}}).")] },
    }),
    section("phone", 20, { nb: { title: "Telefon", body: [p("Vi tar opp samtaler.")] } }),
    activity(
      "phone-calls",
      0,
      {
        nb: {
          title: "Telefonhenvendelser",
          purpose: [p("Besvare henvendelser. Se [lovdata](https://lovdata.no) og [rettene dine](#rights).")],
          categories: [{ text: "Navn" }, { text: "Helseopplysninger", special: "art9" }],
          dataSubjects: ["Innbyggere"],
          recipients: ["NAV"],
          processors: ["Phonero"],
          retention: [p("Opptak slettes etter tre måneder.")],
        },
      },
      { parentId: "phone", legalBases: ["gdpr-6-1-e", "gdpr-9-2-g"], retentionPeriod: "P3M" },
    ),
    activity("kindergarten", 30, { nb: { title: "Barnehageopptak", purpose: [p("Tildele plass.")] }, nn: { title: "Barnehageopptak", purpose: [p("Tildele plass.")] } }),
  ];
  return layers({ groupParts, legalBases, organisation: organisation(contactSettings) });
}

const publishedAt = new Date("2026-03-03T09:00:00Z");

function render(notice: ResolvedNotice, extra: Partial<EmbedInput> = {}) {
  return renderEmbedHtml({ notice, locales: ["nb", "nn"], published: { at: publishedAt, text: "3. mars 2026" }, labels: labelsFor(notice.locale), ...extra });
}

const findActivity = (notice: ResolvedNotice, slug: string) =>
  notice.parts.flatMap((part) => (part.kind === "activity" ? [part] : part.children)).find((a) => a.slug === slug) as ResolvedActivity;

const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];

// ---- tests ----------------------------------------------------------------------------------

describe("renderEmbedHtml: a complete document", () => {
  const html = render(resolveNotice(smallLayers(), "nb"));

  it("is a whole HTML document in the notice's language", () => {
    assert.match(html, /^<!doctype html><html lang="nb"><head><meta charset="utf-8">/);
    assert.match(html, /<meta name="viewport" content="width=device-width,initial-scale=1">/);
    assert.match(html, /<title>Personvernerklæring – Aure kommune<\/title>/);
    // The script runs before the content arrives, so a long notice is sized while it loads.
    assert.match(html, /<\/style><script>[^<]+<\/script><\/head><body><main>/);
    assert.match(html, /<\/main><\/body><\/html>$/);
  });

  it("shows the title, the date it was last updated, the version and the contacts", () => {
    assert.match(html, /<h1>Personvernerklæring<\/h1>/);
    assert.match(html, /Sist oppdatert <time datetime="2026-03-03T09:00:00.000Z">3. mars 2026<\/time> · Versjon 3/);
    assert.match(html, /<h2 id="contact-title">Hvem er ansvarlig\?<\/h2>/);
    assert.match(html, /<span class="pre">Aure rådhus\n6690 Aure<\/span>/);
    assert.match(html, /<a href="tel:71648000" target="_top">71 64 80 00<\/a>/);
    assert.match(html, /<a href="mailto:personvernombud@aure.kommune.no" target="_top">personvernombud@aure.kommune.no<\/a>/);
    assert.match(html, /<dd>Kari Nordmann<\/dd>/);
  });

  it("renders activities with the same facts as the public page", () => {
    const a = messages("nb").activity as Record<string, string>;
    for (const key of ["purpose", "legalBasis", "categories", "dataSubjects", "recipients", "processors", "retention"]) assert.ok(html.includes(`<dt>${a[key]}</dt>`), key);
    assert.match(html, /<a href="https:\/\/eur-lex.europa.eu\/eli\/reg\/2016\/679\/oj" target="_top">Personvernforordningen art. 6 nr. 1 bokstav e<\/a>/);
    assert.match(html, /<li>Helseopplysninger <span class="special">\(særlig kategori[^<]*\)<\/span><\/li>/);
    assert.ok(html.includes(a.retentionPeriod!.replace("{period}", "3 måneder")));
    assert.match(html, /<article id="phone-calls" class="activity" aria-labelledby="phone-calls-title"><h3 id="phone-calls-title">Telefonhenvendelser<\/h3>/);
    assert.match(html, /<article id="kindergarten" class="activity" aria-labelledby="kindergarten-title"><h2 /);
  });

  it("keeps anchors in the frame and sends every other link to the whole window", () => {
    assert.match(html, /<nav class="toc no-print" aria-labelledby="toc-title">/);
    assert.match(html, /<a href="#phone-calls">Telefonhenvendelser<\/a>/);
    assert.match(html, /<a href="#rights">rettene dine<\/a>/);
    assert.match(html, /<a href="https:\/\/lovdata.no" target="_top">lovdata<\/a>/);
    assert.match(html, /<a href="\/nb\/aure" target="_top">Åpne personvernerklæringen på egen side<\/a>/);
    assert.match(html, /<a href="https:\/\/www.datatilsynet.no" target="_top">/);
    for (const [, href, rest] of html.matchAll(/<a href="([^"]*)"([^>]*)>/g)) {
      const inFrame = href!.startsWith("#") || href!.startsWith("/embed/");
      assert.equal(rest!.includes('target="_top"'), !inFrame, href);
    }
  });

  it("links to the embed in the organisation's other languages, in the same frame", () => {
    assert.match(html, /<nav class="langs no-print" aria-label="Språk"><ul><li><span aria-current="true" lang="nb">Norsk bokmål<\/span><\/li><li><a href="\/embed\/aure\/nn" hreflang="nn" lang="nn">Norsk nynorsk<\/a><\/li><\/ul><\/nav>/);
    const single = render(resolveNotice(smallLayers(), "nb"), { locales: ["nb"] });
    assert.ok(!single.includes('class="langs'));
  });

  it("carries no script file and one small inline script", () => {
    assert.ok(!/<script[^>]*\bsrc=/i.test(html));
    const found = scripts(html);
    assert.equal(found.length, 1);
    assert.equal(found[0]![1], EMBED_SCRIPT);
    const bytes = Buffer.byteLength(EMBED_SCRIPT);
    assert.ok(bytes < 1024, `inline script is ${bytes} bytes`);
    assert.ok(!EMBED_SCRIPT.includes("</"), "nothing in the script can end the element");
  });

  it("keeps the inline CSS under 4 kB, with the accent colour as a custom property", () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    assert.ok(Buffer.byteLength(css) < 4096, `CSS is ${Buffer.byteLength(css)} bytes`);
    assert.ok(css.startsWith(":root{--accent:#1f4e8c}"));
    assert.match(css, /@media print/);
  });
});

describe("renderEmbedHtml: escaping", () => {
  function hostile(): ResolvedNotice {
    const org = organisation({
      ...contactSettings,
      name: `Aure <script>alert("x")</script> & 'co'`,
      website: "javascript:alert(1)",
      accessRequestUrl: " \tJaVa\nScRiPt:alert(2)",
      secureMailUrl: "data:text/html,<script>alert(3)</script>",
      accentColor: "red;}</style><script>alert(4)</script>",
    });
    const groupParts = [
      section(`q"uote`, 10, { nb: { title: `Tittel med "anførsel" og 'apostrof' <b>` } }),
      activity("a", 20, { nb: { title: "Behandling", systems: [`<img src=x onerror=alert(5)>`] } }, { legalBases: ["weird"] }),
    ];
    const weird: LegalBasisRecord = { code: "weird", kind: "national", country: "NO", url: "javascript:alert(6)", translations: [{ locale: "nb", citation: `Lov "§ 1" <i>`, label: "x" }] };
    const notice = resolveNotice(layers({ groupParts, legalBases: [weird], organisation: org }), "nb");
    // Snapshots are data from the database: a link may not have passed today's validation.
    const rights = notice.parts[0] as ResolvedSection;
    rights.body = { lang: "nb", value: [{ type: "paragraph", text: [{ type: "link", href: "javascript:alert(7)", text: "klikk </a><script>" }, { type: "link", href: "java\tscript:alert(8)", text: "tab" }] }] };
    return notice;
  }
  const html = render(hostile());

  it("escapes text and attribute values", () => {
    assert.equal(scripts(html).length, 1, "only the inline script");
    assert.ok(html.includes("Aure &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"));
    assert.ok(html.includes("Tittel med &quot;anførsel&quot; og &#39;apostrof&#39; &lt;b&gt;"));
    assert.ok(html.includes('id="q&quot;uote"'));
    assert.ok(html.includes('href="#q%22uote"'));
    assert.ok(html.includes("&lt;img src=x onerror=alert(5)&gt;"));
    assert.ok(html.includes("Lov &quot;§ 1&quot; &lt;i&gt;"));
    assert.ok(!/<(img|b|i)[ >]/.test(html));
  });

  it("drops javascript:, data: and disguised links but keeps their text", () => {
    assert.ok(!/href="\s*(java|data|vbscript)/i.test(html));
    assert.ok(!/alert\([12678]\)"/.test(html));
    assert.ok(html.includes("klikk &lt;/a&gt;&lt;script&gt;"));
    assert.ok(html.includes("<dd>javascript:alert(1)</dd>"), "an unsafe website shows as text");
    assert.ok(html.includes(">Lov &quot;§ 1&quot; &lt;i&gt;<span"), "an unsafe legal-basis link shows as text");
  });

  it("accepts only a #rrggbb accent colour that links can use", () => {
    assert.ok(html.includes("<style>:root{--accent:#1f4e8c}"));
    assert.equal(accentColour("#005A70"), "#005a70");
    assert.equal(accentColour("#ffff00"), "#1f4e8c", "too light for links on white");
    assert.equal(accentColour("blue"), "#1f4e8c");
  });

  it("safeHref allows http(s), mailto, tel and relative addresses only", () => {
    for (const ok of ["https://a.no/x?y=1", "http://a.no", "mailto:a@b.no", "tel:+4712345678", "#rights", "/nb/aure", "side.html"]) assert.equal(safeHref(ok), ok);
    for (const bad of ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "java\nscript:x", "\u0001javascript:x", "data:text/html,x", "vbscript:x", "file:///etc/passwd", ""]) {
      assert.equal(safeHref(bad), null, JSON.stringify(bad));
    }
  });
});

describe("renderEmbedHtml: languages", () => {
  const nn = resolveNotice(smallLayers(), "nn");
  const html = render(nn);

  it("sets lang on the document and on every text borrowed from another language", () => {
    assert.match(html, /^<!doctype html><html lang="nn">/);
    assert.match(html, /<h2 id="rights-title">Rettane dine<\/h2>/, "nynorsk text carries no lang of its own");
    assert.match(html, /<h2 id="phone-title" lang="nb">Telefon<\/h2>/);
    assert.match(html, /<div lang="nb"><p>Vi tar opp samtaler.<\/p><\/div>/);
    assert.match(html, /<h3 id="phone-calls-title" lang="nb">Telefonhenvendelser<\/h3>/);
    assert.match(html, /<a href="#phone" lang="nb">Telefon<\/a>/);
    assert.match(html, /<ul lang="nb"><li>Navn<\/li><li>Helseopplysninger <span class="special" lang="nn">/, "interface text inside bokmål content is nynorsk");
    assert.match(html, /<li><a href="https:\/\/eur-lex[^"]*" target="_top">Personvernforordninga art. 6/, "legal bases have nynorsk citations");
    assert.ok(html.includes(`<p class="note">${(messages("nn").notice as Record<string, string>).fallbackNote}</p>`));
    assert.match(html, /<span aria-current="true" lang="nn">/);
    assert.match(html, /<a href="\/embed\/aure\/nb" hreflang="nb" lang="nb">Norsk bokmål<\/a>/);
  });

  it("marks an nn contact card inside bokmål text as nynorsk", () => {
    const nb = resolveNotice(smallLayers(), "nn");
    const rights = nb.parts[0] as ResolvedSection;
    rights.body = { lang: "nb", value: [p("Bokmål."), contact("controller")] };
    assert.match(render(nb), /<div lang="nb"><p>Bokmål.<\/p><div lang="nn"><dl class="card">/);
  });
});

describe("renderEmbedHtml: one activity", () => {
  const notice = resolveNotice(smallLayers(), "nb");
  const phone = findActivity(notice, "phone-calls");
  const html = render(notice, { activity: phone, activityLocales: ["nb"] });

  it("shows the activity alone, under its own h1", () => {
    assert.match(html, /<title>Telefonhenvendelser – Aure kommune<\/title>/);
    assert.match(html, /<p class="org">Behandling i personvernerklæringen til Aure kommune<\/p>/);
    assert.match(html, /<article class="activity" aria-labelledby="phone-calls-title"><h1 id="phone-calls-title">Telefonhenvendelser<\/h1>/);
    assert.ok(!html.includes("Barnehageopptak"));
    assert.ok(!html.includes("Dine rettigheter"));
    assert.ok(!html.includes('class="toc'));
    assert.match(html, /<h2 id="authority-title">/);
  });

  it("links back to the whole notice in the frame and to its own page in the window", () => {
    assert.match(html, /<a href="\/embed\/aure\/nb#phone-calls">Les hele personvernerklæringen<\/a>/);
    assert.match(html, /<a href="\/nb\/aure\/phone-calls" target="_top">Åpne denne behandlingen på egen side<\/a>/);
    assert.match(html, /<link rel="canonical" href="\/nb\/aure\/phone-calls">/);
  });

  it("links to the activity in languages that have it, else to the whole notice", () => {
    assert.match(html, /<a href="\/embed\/aure\/nn" hreflang="nn" lang="nn">/);
    const both = render(notice, { activity: phone });
    assert.match(both, /<a href="\/embed\/aure\/nn\/phone-calls" hreflang="nn" lang="nn">/);
  });
});

describe("renderEmbedNotFoundHtml", () => {
  it("is a small page with ways on, in the frame or the whole window", () => {
    const html = renderEmbedNotFoundHtml({
      locale: "nn",
      title: "Fann ikkje sida",
      text: "Vi fann ikkje denne sida.",
      links: [
        { href: "/embed/aure/nn", text: "Les heile personvernerklæringa", lang: "nn" },
        { href: "/embed/aure/nb", text: "Les hele personvernerklæringen", lang: "nb" },
        { href: "/nn", text: "Søk blant alle personvernerklæringar" },
      ],
    });
    assert.match(html, /^<!doctype html><html lang="nn">/);
    assert.match(html, /<h1>Fann ikkje sida<\/h1>/);
    assert.match(html, /<li><a href="\/embed\/aure\/nn">Les heile/);
    assert.match(html, /<li><a href="\/embed\/aure\/nb" lang="nb">Les hele/);
    assert.match(html, /<a href="\/nn" target="_top">Søk/);
    assert.equal(scripts(html)[0]![1], EMBED_SCRIPT);
  });
});

describe("the inline script", () => {
  /** Runs the script against a stub window; returns what it posted and its listeners. */
  function run({ framed = true, resizeObserver = true, height = 1234.2 } = {}) {
    const posted: { message: unknown; target: string }[] = [];
    const styles: [string, string][] = [];
    const listeners: Record<string, ((e: unknown) => void)[]> = {};
    // Messages are copied out of the script's realm, as postMessage would.
    const parent = { postMessage: (message: unknown, target: string) => posted.push({ message: JSON.parse(JSON.stringify(message)), target }) };
    const element = { getBoundingClientRect: () => ({ top: 400 }) };
    let observed: (() => void) | null = null;
    let current = height;
    const window: Record<string, unknown> = {
      scrollY: 0,
      addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] ??= []).push(fn),
      ResizeObserver: resizeObserver
        ? class {
            constructor(fn: () => void) {
              observed = fn;
            }
            observe() {}
          }
        : undefined,
    };
    window.parent = framed ? parent : window;
    const document = {
      documentElement: { getBoundingClientRect: () => ({ height: current }), style: { setProperty: (name: string, value: string) => styles.push([name, value]) } },
      fonts: { ready: { then: (fn: () => void) => fn() } },
      getElementById: (id: string) => (id === "rights" ? element : null),
      addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[`document:${type}`] ??= []).push(fn),
    };
    // The context is the window, as in a browser.
    Object.assign(window, { window, document, location: { hash: "" } });
    runInNewContext(EMBED_SCRIPT, window);
    return { posted, listeners, parent, styles, resize: () => observed?.(), setHeight: (value: number) => (current = value) };
  }

  it("posts the height once, and again when pinged or when it changes", () => {
    const { posted, listeners, parent } = run();
    assert.deepEqual(posted, [{ message: { type: "klartekst:height", height: 1235 }, target: "*" }]);
    listeners.message![0]!({ data: { type: "klartekst:ping" }, source: parent });
    listeners.message![0]!({ data: { type: "klartekst:ping" }, source: {} }); // not from the host page
    listeners.message![0]!({ data: { type: "other" }, source: parent });
    listeners.load![0]!({});
    assert.equal(posted.length, 2);
  });

  it("takes the host page's font from the loader's ping, and nothing that could break out of CSS", () => {
    const { listeners, parent, styles } = run();
    listeners.message![0]!({ data: { type: "klartekst:ping", font: '"Source Sans Pro", Arial, sans-serif' }, source: parent });
    listeners.message![0]!({ data: { type: "klartekst:ping", font: "x;}body{background:url(https://evil)}" }, source: parent });
    listeners.message![0]!({ data: { type: "klartekst:ping", font: 42 }, source: parent });
    assert.deepEqual(styles, [["--host-font", '"Source Sans Pro", Arial, sans-serif']]);
  });

  it("reports where an in-frame anchor is, so the host page can scroll to it", () => {
    const { posted, listeners } = run();
    const anchor = { hash: "#rights" };
    listeners["document:click"]![0]!({ target: { closest: () => anchor } });
    assert.deepEqual(posted.at(-1), { message: { type: "klartekst:scroll", top: 400 }, target: "*" });
  });

  it("waits for content when it runs in <head>, reports as the document grows and once it is parsed", () => {
    const { posted, listeners, resize, setHeight } = run({ height: 0 });
    assert.equal(posted.length, 0, "nothing while there is no content yet");
    setHeight(700.2);
    resize(); // a rendering update while the rest of the notice is still arriving
    setHeight(5000.4);
    listeners["document:DOMContentLoaded"]![0]!({});
    assert.deepEqual(
      posted.map((p) => p.message),
      [
        { type: "klartekst:height", height: 701 },
        { type: "klartekst:height", height: 5001 },
      ],
    );
  });

  it("falls back to the resize event, and does nothing outside a frame", () => {
    assert.equal(run({ resizeObserver: false }).listeners.resize!.length, 1);
    assert.equal(run({ framed: false }).posted.length, 0);
  });
});

describe("a realistic notice: the Nordmøre municipalities' shared notice", () => {
  function nordmoreLayers() {
    const groupParts: PartRecord[] = [];
    nordmoreNotice.parts.forEach((part, i) => {
      if (part.kind === "section") {
        groupParts.push(section(part.slug, i * 10, { nb: { title: part.title, body: part.body } }));
        part.children?.forEach((child, j) =>
          groupParts.push(
            activity(child.slug, j, { nb: { title: child.title, ...child.content } }, { parentId: part.slug, legalBases: child.legalBases, retentionPeriod: child.retentionPeriod ?? null }),
          ),
        );
      } else {
        groupParts.push(activity(part.slug, i * 10, { nb: { title: part.title, ...part.content } }, { legalBases: part.legalBases, retentionPeriod: part.retentionPeriod ?? null }));
      }
    });
    const org = organisation({
      ...contactSettings,
      group: { id: "group-nordmore", slug: "nordmore", name: "Nordmøre", translations: [{ locale: "nb", noticeTitle: nordmoreNotice.title, intro: nordmoreNotice.intro }] },
    });
    return layers({ groupParts, legalBases, organisation: org });
  }

  it("renders every activity and stays small", () => {
    const notice = resolveNotice(nordmoreLayers(), "nn");
    const html = render(notice);
    const count = notice.parts.flatMap((part) => (part.kind === "activity" ? [part] : part.children)).length;
    assert.ok(count >= 10, `${count} activities`);
    assert.equal((html.match(/<article /g) ?? []).length, count);
    const bytes = Buffer.byteLength(html);
    const gzipped = gzipSync(html).length;
    console.log(`  Nordmøre notice (nn): ${bytes} bytes, ${gzipped} gzipped, ${count} activities`);
    assert.ok(bytes < 120_000, `${bytes} bytes`);
    assert.ok(gzipped < 30_000, `${gzipped} bytes gzipped`);
    // Everything but the content: the shell (CSS, script, header) stays a small share.
    const empty = render(resolveNotice(layers({ legalBases, organisation: organisation(contactSettings) }), "nn"));
    console.log(`  shell without parts: ${Buffer.byteLength(empty)} bytes`);
    assert.ok(Buffer.byteLength(empty) < 8_000);
    const one = render(notice, { activity: findActivity(notice, notice.parts.flatMap((part) => (part.kind === "activity" ? [part] : part.children))[0]!.slug) });
    console.log(`  one activity: ${Buffer.byteLength(one)} bytes`);
  });
});
