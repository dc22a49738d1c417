// Page weight as a first-time visitor downloads it: the HTML and every script and stylesheet it
// references, each gzipped (what Next and any proxy send to browsers that accept gzip).
import { gzipSync } from "node:zlib";

export type PageWeight = { htmlGzip: number; jsGzip: number; cssGzip: number; totalGzip: number; scripts: number; inlineScriptGzip: number };

const gz = (bytes: Buffer | string) => gzipSync(bytes).length;

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** @param extraScripts scripts the page needs that its HTML does not reference (the embed's loader on the host page). */
export async function measurePageWeight(pageUrl: string, extraScripts: string[] = []): Promise<PageWeight> {
  const html = (await download(pageUrl)).toString("utf8");
  const base = new URL(pageUrl);
  // Scripts a current browser downloads: not the legacy polyfills (`nomodule`), which it skips.
  const scriptTags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule\b/i.test(m[0]));
  const scriptUrls = new Set(scriptTags.map((m) => new URL(decode(m[1]!), base).href));
  for (const extra of extraScripts) scriptUrls.add(new URL(extra, base).href);
  const styleUrls = new Set(
    [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)]
      .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
      .filter((h): h is string => !!h)
      .map((h) => new URL(decode(h), base).href),
  );
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");

  const jsGzip = (await Promise.all([...scriptUrls].map(async (u) => gz(await download(u))))).reduce((a, b) => a + b, 0);
  const cssGzip = (await Promise.all([...styleUrls].map(async (u) => gz(await download(u))))).reduce((a, b) => a + b, 0);
  const htmlGzip = gz(html);
  // Inline scripts are inside the HTML's bytes; they are reported as JavaScript too.
  const inlineScriptGzip = inlineScripts ? gz(inlineScripts) : 0;
  return { htmlGzip, jsGzip: jsGzip + inlineScriptGzip, cssGzip, totalGzip: htmlGzip + jsGzip + cssGzip, scripts: scriptUrls.size, inlineScriptGzip };
}

const decode = (s: string) => s.replaceAll("&amp;", "&");
