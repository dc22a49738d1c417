// Lighthouse (npm `lighthouse` 12, Node 20) in Debian's Chromium, mobile emulation with its
// simulated throttling: the scores the targets name, and the metrics behind them.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { median } from "./stats";

export type LighthouseRun = { performance: number; accessibility: number; bestPractices: number; seo: number; fcpMs: number; lcpMs: number; tbtMs: number; cls: number };

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** The median of `runs` Lighthouse runs of one page (scores out of 100). */
export async function measureLighthouse(url: string, runs = 3): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: FLAGS });
  try {
    const results: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", formFactor: "mobile" });
      const lhr = result!.lhr;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      results.push({
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        fcpMs: metric("first-contentful-paint"),
        lcpMs: metric("largest-contentful-paint"),
        tbtMs: metric("total-blocking-time"),
        cls: metric("cumulative-layout-shift"),
      });
    }
    const mid = (pick: (r: LighthouseRun) => number) => median(results.map(pick));
    return {
      performance: mid((r) => r.performance),
      accessibility: mid((r) => r.accessibility),
      bestPractices: mid((r) => r.bestPractices),
      seo: mid((r) => r.seo),
      fcpMs: mid((r) => r.fcpMs),
      lcpMs: mid((r) => r.lcpMs),
      tbtMs: mid((r) => r.tbtMs),
      cls: mid((r) => r.cls),
    };
  } finally {
    await chrome.kill();
  }
}
