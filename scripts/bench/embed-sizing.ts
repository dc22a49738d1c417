/**
 * npm run bench:embed: how soon the loader sizes the frame of a very long notice (issue 9: at
 * 375 px wide, a notice 120,000 px tall was first sized more than 2.5 s after load).
 *
 *   npm run bench:embed -- [--activities 100] [--width 375] [--runs 5] [--cpu 1] [--trickle 0]
 *
 * A host page on one loopback origin embeds, with the real public/embed.js, a notice rendered by
 * the real renderer and answered by the real embedResponse() (as app/embed's route: same headers,
 * CSP and script hash) from another origin; no database or build needed. 100 activities make a
 * notice of about 123,000 px at 375 px. Debian's Chromium opens the host page; the script prints,
 * from the host page's navigation start, when the frame's document was parsed (DOMContentLoaded),
 * when its load event fired, when the iframe first got a height from the frame and when it got
 * its full height. --cpu 4 slows the CPU as on a mid-range phone (DevTools' throttling);
 * --trickle 2000 sends the notice in 20 parts over 2 s, as a slow connection would.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { LEGAL_BASES } from "../../prisma/seed-data/legal-bases";
import { p } from "../../lib/content/inline-syntax";
import type { Locale } from "../../lib/content/schema";
import { embedResponse } from "../../lib/embed/policy";
import { h, type VNode } from "preact";
import { EmbedNoticePage } from "../../components/public/pages/embed-pages";
import { embedView, type RenderedPage } from "../../lib/public/pages";
import { resolveNotice } from "../../lib/notice/resolve";
import { activity, layers, organisation, section } from "../../lib/notice/test-fixtures";
import type { LegalBasisRecord } from "../../lib/notice/types";
import { median } from "./stats";

const { values: args } = parseArgs({
  options: {
    activities: { type: "string", default: "100" },
    width: { type: "string", default: "375" },
    runs: { type: "string", default: "5" },
    cpu: { type: "string", default: "1" },
    trickle: { type: "string", default: "0" },
  },
});

// ---- a very long notice -------------------------------------------------------------------

const legalBases: LegalBasisRecord[] = LEGAL_BASES.map((b) => ({
  code: b.code,
  kind: b.kind,
  country: b.country ?? null,
  url: b.url,
  translations: Object.entries(b.text).map(([locale, t]) => ({ locale: locale as Locale, ...t })),
}));

/** A notice with `count` activities of a few paragraphs each, in sections of ten. */
function longNotice(count: number): RenderedPage {
  const sentence = "Kommunen behandler opplysningene for å kunne gi deg tjenesten, og bare så lenge det er nødvendig for formålet.";
  const parts = [];
  for (let s = 0; s < Math.ceil(count / 10); s++) {
    parts.push(section(`omraade-${s}`, s * 100, { nb: { title: `Tjenesteområde ${s + 1}`, body: [p(sentence)] } }));
    for (let a = 0; a < 10 && s * 10 + a < count; a++) {
      const n = s * 10 + a + 1;
      parts.push(
        activity(
          `behandling-${n}`,
          s * 100 + a + 1,
          {
            nb: {
              title: `Behandling ${n}`,
              purpose: [p(`${sentence} ${sentence}`), p(sentence)],
              categories: [{ text: "Navn og kontaktopplysninger" }, { text: "Fødselsnummer" }, { text: "Helseopplysninger", special: "art9" }],
              dataSubjects: ["Innbyggere", "Foresatte"],
              recipients: ["NAV", "Statsforvalteren"],
              processors: ["Leverandør AS"],
              retention: [p(`${sentence} Se [rettighetene dine](#omraade-0).`)],
            },
          },
          { parentId: `omraade-${s}`, legalBases: ["gdpr-6-1-e", "gdpr-9-2-g"] },
        ),
      );
    }
  }
  const org = organisation({ slug: "lang", name: "Lang kommune", email: "post@lang.kommune.no", phone: "12 34 56 78" });
  const notice = resolveNotice(layers({ groupParts: parts, legalBases, organisation: org }), "nb");
  const version = { number: 1, publishedAt: new Date("2026-11-26T09:00:00Z") };
  return embedView("nb", org.accentColor, (frame) => h(EmbedNoticePage, { notice, locales: ["nb"], version, frame }) as VNode);
}

// ---- two origins on loopback ------------------------------------------------------------------

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const loader = readFileSync(new URL("../../public/embed.js", import.meta.url), "utf8");
const page = longNotice(Number(args.activities));
const trickleMs = Number(args.trickle);

let hostOrigin = "";
const klartekst = await listen(async (req, res) => {
  if (req.url === "/embed.js") {
    res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-store" });
    res.end(loader);
    return;
  }
  if (req.url === "/embed/lang/nb") {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const response = embedResponse({ ...page, origins: [hostOrigin] }, { headers });
    res.writeHead(response.status, { ...Object.fromEntries(response.headers), "Cache-Control": "no-store" });
    const body = Buffer.from(await response.arrayBuffer());
    if (trickleMs > 0) {
      const parts = 20;
      for (let i = 0; i < parts - 1; i++) {
        res.write(body.subarray(Math.floor((i * body.length) / parts), Math.floor(((i + 1) * body.length) / parts)));
        await new Promise((resolve) => setTimeout(resolve, trickleMs / (parts - 1)));
      }
      res.end(body.subarray(Math.floor(((parts - 1) * body.length) / parts)));
    } else res.end(body);
    return;
  }
  res.writeHead(404).end();
});
const host = await listen((_req, res) => {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  res.end(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Lang kommune</title></head>
<body><h1>Lang kommune – personvern</h1>
<script src="${klartekst.origin}/embed.js" data-org="lang" data-lang="nb" async></script>
<footer>Sidefot</footer></body></html>`);
});
hostOrigin = host.origin;

// ---- measure ----------------------------------------------------------------------------------

type Marks = { load?: number; heights: [at: number, height: string][] };

/** Runs in the host page before its own scripts: notes when the frame loads and each height the loader gives it. */
function recordFrame() {
  const marks: Marks = { heights: [] };
  (window as unknown as { __embedMarks: Marks }).__embedMarks = marks;
  new MutationObserver((_records, observer) => {
    const frame = document.querySelector("iframe");
    if (!frame) return;
    observer.disconnect();
    frame.addEventListener("load", () => (marks.load ??= performance.now()));
    new MutationObserver(() => {
      const last = marks.heights.at(-1);
      if (frame.style.height !== "600px" && frame.style.height !== last?.[1]) marks.heights.push([performance.now(), frame.style.height]);
    }).observe(frame, { attributes: true, attributeFilter: ["style"] });
  }).observe(document, { childList: true, subtree: true });
}
const marksIn = () => (window as unknown as { __embedMarks: Marks }).__embedMarks;

type Run = { domContentLoaded: number; load: number; firstSized: number; fullySized: number; height: number };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const runs: Run[] = [];
try {
  for (let i = 0; i < Number(args.runs); i++) {
    const context = await browser.newContext({ viewport: { width: Number(args.width), height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (Number(args.cpu) > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(args.cpu) });
    await page.addInitScript(recordFrame);
    await page.goto(host.origin);
    await page.waitForFunction(() => (window as unknown as { __embedMarks: Marks }).__embedMarks.load !== undefined, undefined, { timeout: 60_000 });
    const frame = page.frames().find((f) => f.url().startsWith(`${klartekst.origin}/embed/`))!;
    // Settled: the iframe is as tall as its document (nothing more is coming).
    const contentHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await page.waitForFunction((h) => document.querySelector("iframe")!.style.height === `${h}px`, contentHeight, { timeout: 60_000 });
    const marks = await page.evaluate(marksIn);
    // The frame's clock starts at its own navigation: move it onto the host page's.
    const hostOrigin = await page.evaluate(() => performance.timeOrigin);
    const frameTiming = await frame.evaluate(() => ({
      origin: performance.timeOrigin,
      dcl: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
    }));
    const height = await page.locator("iframe").evaluate((el) => el.getBoundingClientRect().height);
    const full = marks.heights.find(([, h]) => h === `${contentHeight}px`)!;
    runs.push({ domContentLoaded: frameTiming.origin + frameTiming.dcl - hostOrigin, load: marks.load!, firstSized: marks.heights[0]![0], fullySized: full[0], height });
    await context.close();
  }
} finally {
  await browser.close();
  klartekst.server.close();
  host.server.close();
}

const ms = (n: number) => `${Math.round(n)} ms`;
const trickle = trickleMs > 0 ? `, sent over ${trickleMs} ms` : "";
console.log(
  `Embed sizing: ${args.activities} activities, ${Math.round(Buffer.byteLength(page.html) / 1024)} kB of HTML${trickle}, ${args.width} px wide, CPU ×${args.cpu}; ms from the host page's navigation start`,
);
console.table(
  runs.map((r) => ({
    "frame parsed (DOMContentLoaded)": ms(r.domContentLoaded),
    "frame load": ms(r.load),
    "first height applied": ms(r.firstSized),
    "full height applied": ms(r.fullySized),
    "first height − load": ms(r.firstSized - r.load),
    "frame height": `${Math.round(r.height)} px`,
  })),
);
const m = (pick: (r: Run) => number) => ms(median(runs.map(pick)));
console.log(
  `median of ${runs.length}: first height applied ${m((r) => r.firstSized)}, full height ${m((r) => r.fullySized)}, frame load ${m((r) => r.load)} (first height ${m((r) => r.firstSized - r.load)} from load)`,
);
