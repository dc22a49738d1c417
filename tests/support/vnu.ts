import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const VNU = "node_modules/vnu-jar/build/dist/vnu.jar";

/**
 * Runs the W3C Nu HTML Checker (vnu.jar, with Java) over HTML documents and returns its errors,
 * each prefixed with the document's name; an empty list means every document is valid.
 */
export async function nuCheckerErrors(documents: { name: string; html: Buffer | string }[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "klartekst-vnu-"));
  const names = new Map<string, string>();
  const paths = documents.map((document, i) => {
    const path = join(dir, `${i}.html`);
    writeFileSync(path, document.html);
    names.set(`file:${path}`, document.name);
    return path;
  });
  // vnu exits 1 when it finds errors; the report is what matters.
  const { stdout, stderr } = await run("java", ["-jar", VNU, "--errors-only", "--format", "json", ...paths], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout: string; stderr: string }) => error,
  );
  const report = JSON.parse(stderr || stdout) as { messages: { type: string; url: string; message: string; extract?: string }[] };
  return report.messages.filter((m) => m.type === "error" || m.type === "non-document-error").map((m) => `${names.get(m.url) ?? m.url}: ${m.message} [${m.extract ?? ""}]`);
}
