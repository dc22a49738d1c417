/** @jsxImportSource preact */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { LEGAL_BASES } from "../../prisma/seed-data/legal-bases";
import { nordmoreNotice } from "../../prisma/seed-data/nordmore";
import { EmbedActivityPage, EmbedNoticePage, EmbedNotFoundPage } from "@/components/public/pages/embed-pages";
import { NoticePage } from "@/components/public/pages/notice-page";
import { contact, p } from "../content/inline-syntax";
import type { Locale } from "../content/schema";
import { accentColour } from "../content/accent";
import { EMBED_SCRIPT } from "../embed/frame-script";
import { resolveNotice } from "../notice/resolve";
import { activity, layers, organisation, section } from "../notice/test-fixtures";
import type { LegalBasisRecord, PartRecord, ResolvedActivity, ResolvedNotice, ResolvedSection } from "../notice/types";
import { embedView, renderView, siteStyles } from "./pages";

/*
 * The public renderer (components/public) on fixtures: the embed and the site page of the same
 * notice, escaping, languages, links, and what the issue of one renderer asks: the same notice
 * body as page and as embed.
 */

type Messages = Record<string, Record<string, unknown>>;
const messages = (locale: Locale): Messages => JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8"));

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
const version = { number: 3, publishedAt };

function render(notice: ResolvedNotice, locales: Locale[] = ["nb", "nn"]) {
  return embedView(notice.locale, notice.organisation.accentColor, (frame) => <EmbedNoticePage notice={notice} locales={locales} version={version} frame={frame} />).html;
}

function renderActivity(notice: ResolvedNotice, activity: ResolvedActivity, activityLocales: Locale[], locales: Locale[] = ["nb", "nn"]) {
  return embedView(notice.locale, notice.organisation.accentColor, (frame) => (
    <EmbedActivityPage notice={notice} activity={activity} locales={locales} activityLocales={activityLocales} frame={frame} />
  )).html;
}

function renderPage(notice: ResolvedNotice, locales: Locale[] = ["nb", "nn"]) {
  const styles = siteStyles(notice.organisation.accentColor);
  return renderView(notice.locale, "page", <NoticePage data={{ notice, locales, publishedAt, versionNumber: 3 }} styles={styles} />, { styles, scripts: [] }).html;
}

const findActivity = (notice: ResolvedNotice, slug: string) => notice.parts.flatMap((part) => (part.kind === "activity" ? [part] : part.children)).find((a) => a.slug === slug) as ResolvedActivity;

const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
const styles = (html: string) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
const withoutStyles = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, "");

// ---- tests ----------------------------------------------------------------------------------

describe("the embed: a complete document", () => {
  const html = render(resolveNotice(smallLayers(), "nb"));

  it("is a whole HTML document in the notice's language", () => {
    assert.match(html, /^<!doctype html><html lang="nb"><head><meta charset="utf-8"\/>/);
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1"\/>/);
    assert.match(html, /<title>Personvernerklæring – Aure kommune<\/title>/);
    // The script runs before the content arrives, so a long notice is sized while it loads.
    assert.match(html, /<\/style><script>[^<]+<\/script><\/head><body><main>/);
    assert.match(html, /<\/main><\/body><\/html>$/);
  });

  it("shows the title, the date it was last updated, the version and the contacts", () => {
    assert.match(html, /<h1>Personvernerklæring<\/h1>/);
    assert.match(html, /Sist oppdatert <time datetime="2026-03-03T09:00:00.000Z">3. mars 2026<\/time> · Versjon 3/);
    assert.match(html, /<h2 id="contact-title">Hvem er ansvarlig\?<\/h2>/);
    assert.match(html, /<span class="multiline">Aure rådhus\n6690 Aure<\/span>/);
    assert.match(html, /<a href="tel:71648000" target="_top">71 64 80 00<\/a>/);
    assert.match(html, /<a href="mailto:personvernombud@aure.kommune.no" target="_top">personvernombud@aure.kommune.no<\/a>/);
    assert.match(html, /<dd>Kari Nordmann<\/dd>/);
    assert.match(html, /<a href="https:\/\/www.aure.kommune.no" target="_top">www.aure.kommune.no<\/a>/);
  });

  it("renders activities with their facts", () => {
    const a = messages("nb").activity as Record<string, string>;
    const labels = messages("nb").fields as Record<string, string>;
    for (const key of ["purpose", "legalBasis", "categories", "dataSubjects", "recipients", "processors", "retention"]) assert.ok(html.includes(`<dt>${labels[key]}</dt>`), key);
    assert.match(html, /<a href="https:\/\/eur-lex.europa.eu\/eli\/reg\/2016\/679\/oj" target="_top">Personvernforordningen art. 6 nr. 1 bokstav e<\/a>/);
    assert.match(html, /<li>Helseopplysninger <span class="special-category">\(særlig kategori[^<]*\)<\/span><\/li>/);
    assert.ok(html.includes(a.retentionPeriod!.replace("{period}", "3 måneder")));
    assert.match(html, /<article id="phone-calls" class="activity" aria-labelledby="phone-calls-title"><div class="activity-heading"><h3 id="phone-calls-title">Telefonhenvendelser<\/h3>/);
    assert.match(html, /<article id="kindergarten" class="activity" aria-labelledby="kindergarten-title"><div class="activity-heading"><h2 /);
  });

  it("leaves out the list of facts of an activity that has none", () => {
    const notice = resolveNotice(layers({ groupParts: [activity("empty", 0, { nb: { title: "Tom" } })], organisation: organisation(contactSettings) }), "nb");
    for (const html of [render(notice), renderPage(notice)]) {
      assert.match(html, /<article id="empty"/);
      assert.ok(!html.includes('class="activity-facts"'));
    }
  });

  it("keeps views of the notice in the frame and sends every other link to the whole window", () => {
    assert.match(html, /<nav aria-labelledby="toc-title" class="toc">/);
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
    assert.match(
      html,
      /<nav aria-label="Språk" class="language-switcher no-print"><ul><li><span aria-current="true" lang="nb">Norsk bokmål<\/span><\/li><li><a href="\/embed\/aure\/nn" lang="nn" hreflang="nn">Norsk nynorsk<\/a><\/li><\/ul><\/nav>/,
    );
    const single = render(resolveNotice(smallLayers(), "nb"), ["nb"]);
    assert.ok(!withoutStyles(single).includes("language-switcher"));
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

  it("keeps the inline CSS small, with the accent colour as a custom property", () => {
    const [css, accent] = styles(html);
    assert.ok(Buffer.byteLength(css!) < 8192, `CSS is ${Buffer.byteLength(css!)} bytes`);
    assert.ok(gzipSync(css!).length < 2500, `CSS is ${gzipSync(css!).length} bytes gzipped`);
    assert.match(css!, /@media print/);
    assert.equal(accent, ":root{--accent:#1f4e8c}");
    // A frame is sized to its content: content-visibility would size it to estimates instead.
    assert.ok(!css!.includes("content-visibility"));
  });
});

describe("one renderer: the page and the embed show the same notice", () => {
  /** The article, with what differs by chrome (where links lead, and whether they leave the frame) taken out. */
  const body = (html: string) =>
    /<article class="notice">[\s\S]*<\/article>/
      .exec(html)![0]
      .replace(/ target="_top"/g, "")
      .replace(/href="\/embed\/aure\/(\w\w)(\/[^"#]*)?/g, 'href="/$1/aure$2');

  for (const locale of ["nb", "nn"] as const) {
    it(`renders the same article in ${locale}`, () => {
      const notice = resolveNotice(smallLayers(), locale);
      const page = body(renderPage(notice));
      assert.ok(page.length > 3000, "a whole notice");
      assert.equal(body(render(notice)), page);
    });
  }

  it("differs only in the chrome around it", () => {
    const notice = resolveNotice(smallLayers(), "nb");
    const page = renderPage(notice);
    const embed = render(notice);
    assert.match(page, /<header class="site-header no-print">/);
    assert.ok(!embed.includes("site-header"));
    assert.equal(scripts(page).length, 0, "the site's pages carry no script");
    assert.ok(page.includes('<a href="/nn/aure" lang="nn" hreflang="nn">'));
    assert.ok(embed.includes('<a href="/embed/aure/nn" lang="nn" hreflang="nn">'));
  });
});

describe("headings: levels never skip", () => {
  function levels(html: string): number[] {
    return [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
  }
  const withHeadings = () => {
    const groupParts: PartRecord[] = [
      section("intro", 0, { nb: { title: "Innledning", body: [{ type: "heading", text: [{ type: "text", text: "Underoverskrift" }] }, p("Tekst.")] } }),
      activity("top", 10, { nb: { title: "Øverst", purpose: [{ type: "heading", text: [{ type: "text", text: "Formålet" }] }, p("Tekst.")] } }),
      section("s", 20, { nb: { title: "Seksjon" } }),
      activity("inner", 0, { nb: { title: "Inni", retention: [{ type: "heading", text: [{ type: "text", text: "Frister" }] }, p("Tekst.")] } }, { parentId: "s" }),
    ];
    return resolveNotice(layers({ groupParts, organisation: organisation(contactSettings) }), "nb");
  };

  it("each heading is at most one level below the one before it, on the page, in the embed and on an activity's page", () => {
    const notice = withHeadings();
    const pages = {
      page: withoutStyles(renderPage(notice)),
      embed: render(notice),
      activity: renderActivity(notice, findActivity(notice, "inner"), ["nb"]),
      topActivity: renderActivity(notice, findActivity(notice, "top"), ["nb"]),
    };
    for (const [name, html] of Object.entries(pages)) {
      const found = levels(html);
      assert.equal(found[0], 1, `${name} starts with h1`);
      found.forEach((level, i) => i > 0 && assert.ok(level <= found[i - 1]! + 1, `${name}: h${level} after h${found[i - 1]} (${found.join(" ")})`));
    }
    assert.match(pages.page, /<h2 id="top-title">Øverst<\/h2>[\s\S]*<h3>Formålet<\/h3>/);
    assert.match(pages.page, /<h3 id="inner-title">Inni<\/h3>[\s\S]*<h4>Frister<\/h4>/);
    assert.match(pages.activity, /<h1 id="inner-title">Inni<\/h1>[\s\S]*<h2>Frister<\/h2>/);
  });
});

describe("escaping", () => {
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
    rights.body = {
      lang: "nb",
      value: [
        {
          type: "paragraph",
          text: [
            { type: "link", href: "javascript:alert(7)", text: "klikk </a><script>" },
            { type: "link", href: "java\tscript:alert(8)", text: "tab" },
            { type: "link", href: "//evil.example/x", text: "protokoll-relativ" },
            { type: "link", href: "/\\evil.example/x", text: "omvendt skråstrek" },
          ],
        },
      ],
    };
    return notice;
  }

  for (const [name, html] of [
    ["embed", render(hostile())],
    ["page", renderPage(hostile())],
  ] as const) {
    it(`escapes text and attribute values (${name})`, () => {
      assert.equal(scripts(html).length, name === "embed" ? 1 : 0, "only the frame's own script");
      // < and & are escaped in text, " and & in attribute values: nothing else can end them.
      assert.ok(html.includes("Aure &lt;script>alert(&quot;x&quot;)&lt;/script> &amp; 'co'"), "organisation name escaped");
      assert.ok(!html.includes('<script>alert("x")'));
      assert.ok(html.includes('id="q&quot;uote"'));
      assert.ok(html.includes('href="#q%22uote"'));
      assert.ok(!/<(img|b|i)[ >]/.test(html));
    });

    it(`drops javascript:, data:, disguised and off-site "relative" links but keeps their text (${name})`, () => {
      assert.ok(!/href="\s*(java|data|vbscript)/i.test(html));
      assert.ok(!/href="[/\\]{2}/.test(html), "no protocol-relative link");
      assert.ok(!/alert\([12678]\)"/.test(html));
      assert.ok(/klikk &lt;\/a>&lt;script>|klikk &lt;\/a&gt;&lt;script&gt;/.test(html));
      assert.ok(html.includes("<span>protokoll-relativ</span>") && html.includes("<span>omvendt skråstrek</span>"));
      assert.ok(html.includes("<dd>javascript:alert(1)</dd>"), "an unsafe website shows as text");
    });

    it(`accepts only a #rrggbb accent colour that links can use (${name})`, () => {
      assert.ok(styles(html).includes(":root{--accent:#1f4e8c}"));
    });
  }

  it("accentColour", () => {
    assert.equal(accentColour("#005A70"), "#005a70");
    assert.equal(accentColour("#ffff00"), "#1f4e8c", "too light for links on white");
    assert.equal(accentColour("blue"), "#1f4e8c");
  });
});

describe("languages", () => {
  const nn = resolveNotice(smallLayers(), "nn");
  const html = render(nn);

  it("sets lang on the document and on every text borrowed from another language", () => {
    assert.match(html, /^<!doctype html><html lang="nn">/);
    assert.match(html, /<h2 id="rights-title">Rettane dine<\/h2>/, "nynorsk text carries no lang of its own");
    assert.match(html, /<h2 id="phone-title" lang="nb">Telefon<\/h2>/);
    assert.match(html, /<div class="prose" lang="nb"><p>Vi tar opp samtaler.<\/p><\/div>/);
    assert.match(html, /<h3 id="phone-calls-title" lang="nb">Telefonhenvendelser<\/h3>/);
    assert.match(html, /<a href="#phone" lang="nb">Telefon<\/a>/);
    assert.match(html, /<ul lang="nb"><li>Navn<\/li><li>Helseopplysninger <span class="special-category" lang="nn">/, "interface text inside bokmål content is nynorsk");
    assert.match(html, /<li><a href="https:\/\/eur-lex[^"]*" target="_top">Personvernforordninga art. 6/, "legal bases have nynorsk citations");
    assert.ok(html.includes(`<p class="fallback-note">${(messages("nn").notice as Record<string, string>).fallbackNote}</p>`));
    assert.match(html, /<span aria-current="true" lang="nn">/);
    assert.match(html, /<a href="\/embed\/aure\/nb" lang="nb" hreflang="nb">Norsk bokmål<\/a>/);
  });

  it("marks an nn contact card inside bokmål text as nynorsk", () => {
    const notice = resolveNotice(smallLayers(), "nn");
    const rights = notice.parts[0] as ResolvedSection;
    rights.body = { lang: "nb", value: [p("Bokmål."), contact("controller")] };
    assert.match(render(notice), /<div class="prose" lang="nb"><p>Bokmål.<\/p><div lang="nn"><dl class="contact-card">/);
  });
});

describe("one activity in the embed", () => {
  const notice = resolveNotice(smallLayers(), "nb");
  const phone = findActivity(notice, "phone-calls");
  const html = renderActivity(notice, phone, ["nb"]);

  it("shows the activity alone, under its own h1", () => {
    assert.match(html, /<title>Telefonhenvendelser – Aure kommune<\/title>/);
    assert.match(html, /<p class="org-name">Behandling i personvernerklæringen til Aure kommune<\/p>/);
    assert.match(html, /<article class="activity" aria-labelledby="phone-calls-title"><div class="activity-heading"><h1 id="phone-calls-title">Telefonhenvendelser<\/h1>/);
    assert.ok(!html.includes("Barnehageopptak"));
    assert.ok(!html.includes("Dine rettigheter"));
    assert.ok(!html.includes('class="toc'));
    assert.match(html, /<h2 id="authority-title">/);
  });

  it("links back to the whole notice in the frame and to its own page in the window", () => {
    assert.match(html, /<a href="\/embed\/aure\/nb#phone-calls">Les hele personvernerklæringen<\/a>/);
    assert.match(html, /<a href="\/nb\/aure\/phone-calls" target="_top">Åpne denne behandlingen på egen side<\/a>/);
    assert.match(html, /<link rel="canonical" href="http:\/\/[^"]+\/nb\/aure\/phone-calls"\/>/);
  });

  it("links to the activity in languages that have it, else to the whole notice", () => {
    assert.match(html, /<a href="\/embed\/aure\/nn" lang="nn" hreflang="nn">/);
    const both = renderActivity(notice, phone, ["nb", "nn"]);
    assert.match(both, /<a href="\/embed\/aure\/nn\/phone-calls" lang="nn" hreflang="nn">/);
  });
});

describe("the embed's 404 page", () => {
  it("offers the notice in the languages it exists in, each link in its own language, in the frame", () => {
    const html = embedView("nn", undefined, (frame) => <EmbedNotFoundPage slug="aure" locales={["nb", "nn"]} frame={frame} />, 404).html;
    assert.match(html, /^<!doctype html><html lang="nn">/);
    assert.match(html, /<h1>Fann ikkje sida<\/h1>/);
    assert.match(html, /<li><a href="\/embed\/aure\/nn">Les heile/);
    assert.match(html, /<li><a href="\/embed\/aure\/nb" lang="nb">Les hele/);
    assert.equal(scripts(html)[0]![1], EMBED_SCRIPT);
  });

  it("sends readers of an unknown organisation to the directory, in the whole window", () => {
    const html = embedView("da", undefined, (frame) => <EmbedNotFoundPage slug="ukendt" locales={[]} frame={frame} />, 404).html;
    assert.match(html, /<a href="\/da" target="_top">/);
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
    assert.equal((html.match(/<article [^>]*class="activity"/g) ?? []).length, count);
    const bytes = Buffer.byteLength(html);
    const gzipped = gzipSync(html).length;
    console.log(`  Nordmøre notice (nn): ${bytes} bytes, ${gzipped} gzipped, ${count} activities`);
    assert.ok(bytes < 140_000, `${bytes} bytes`);
    assert.ok(gzipped < 30_000, `${gzipped} bytes gzipped`);
    // Everything but the content: the shell (CSS, script, header) stays a small share.
    const empty = render(resolveNotice(layers({ legalBases, organisation: organisation(contactSettings) }), "nn"));
    console.log(`  shell without parts: ${Buffer.byteLength(empty)} bytes`);
    assert.ok(gzipSync(empty).length < 4_000, `${gzipSync(empty).length} bytes gzipped`);
    const first = notice.parts.flatMap((part) => (part.kind === "activity" ? [part] : part.children))[0]!;
    const one = renderActivity(notice, first, ["nn"]);
    console.log(`  one activity: ${Buffer.byteLength(one)} bytes`);
  });
});

describe("text that cannot surprise", () => {
  it("gives a very long unbroken word break opportunities, so it costs no layout time", () => {
    const word = "x".repeat(20_000);
    const groupParts = [activity("long", 0, { nb: { title: "Lang", purpose: [p(`Før ${word} etter`)], systems: [word] } })];
    const notice = resolveNotice(layers({ groupParts, organisation: organisation(contactSettings) }), "nb");
    for (const html of [render(notice), renderPage(notice)]) {
      const text = withoutStyles(html).replace(/<script>[\s\S]*?<\/script>/g, "");
      assert.ok(!/[^\s<>]{61}/.test(text.replace(/<wbr\/>/g, " ")), "no run of more than 60 characters without a break opportunity");
      assert.equal(text.replace(/<wbr\/>/g, "").split(word).length - 1, 2, "the word itself is all there, twice");
    }
  });
});
