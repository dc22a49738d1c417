import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { PUBLIC_TEMPLATES } from "./templates";

const run = promisify(execFile);
const VNU = "node_modules/vnu-jar/build/dist/vnu.jar";

/**
 * The W3C Nu HTML Checker (vnu.jar, run with Java) over the server's HTML of every public
 * template, the embed, sign-in, the 404s and the server's own error pages: zero errors.
 */
test("every public page is valid HTML by the W3C Nu checker", async ({ request }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "klartekst-vnu-"));
  const files = new Map<string, string>();
  for (const [i, template] of PUBLIC_TEMPLATES.entries()) {
    const response = await request.fetch(template.path, { method: template.method ?? "GET", maxRedirects: 0 });
    expect(response.status(), template.path).toBe(template.status);
    expect(response.headers()["content-type"], template.path).toMatch(/^text\/html/);
    const file = join(dir, `${i}.html`);
    writeFileSync(file, await response.body());
    files.set(`file:${file}`, `${template.what} (${template.method ?? "GET"} ${template.path})`);
  }
  // vnu exits 1 when it finds errors; the report is what matters.
  const { stdout, stderr } = await run("java", ["-jar", VNU, "--errors-only", "--format", "json", ...[...files.keys()].map((f) => f.slice(5))], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout: string; stderr: string }) => error,
  );
  const report = JSON.parse(stderr || stdout) as { messages: { type: string; url: string; message: string; extract?: string }[] };
  const errors = report.messages.filter((m) => m.type === "error" || m.type === "non-document-error").map((m) => `${files.get(m.url) ?? m.url}: ${m.message} [${m.extract ?? ""}]`);
  expect(errors).toEqual([]);
});
