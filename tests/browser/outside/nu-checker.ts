import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const VNU = "node_modules/vnu-jar/build/dist/vnu.jar";

/** The W3C Nu HTML Checker's errors (vnu.jar, with Java) for some pages' HTML, each named by `what`. */
export async function nuCheckerErrors(pages: { what: string; html: Buffer | string }[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "klartekst-vnu-"));
  const files = new Map<string, string>();
  for (const [i, page] of pages.entries()) {
    const file = join(dir, `${i}.html`);
    writeFileSync(file, page.html);
    files.set(`file:${file}`, page.what);
  }
  // vnu exits 1 when it finds errors; the report is what matters.
  const { stdout, stderr } = await run("java", ["-jar", VNU, "--errors-only", "--format", "json", ...[...files.keys()].map((f) => f.slice(5))], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout: string; stderr: string }) => error,
  );
  const report = JSON.parse(stderr || stdout) as { messages: { type: string; url: string; message: string; extract?: string }[] };
  return report.messages.filter((m) => m.type === "error" || m.type === "non-document-error").map((m) => `${files.get(m.url) ?? m.url}: ${m.message} [${m.extract ?? ""}]`);
}
