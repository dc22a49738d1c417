import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";
import { openApiDocument } from "./openapi";

const REDOCLY = resolve("node_modules/.bin/redocly");

type LintReport = { totals: { errors: number; warnings: number }; problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[] };

/** Redocly CLI's recommended ruleset on the document as served; run from an empty folder so no config file changes the rules. */
async function lint(document: unknown): Promise<LintReport> {
  const dir = mkdtempSync(join(tmpdir(), "klartekst-openapi-"));
  try {
    writeFileSync(join(dir, "openapi.json"), JSON.stringify(document));
    const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
    const { stdout } = await promisify(execFile)(REDOCLY, ["lint", "openapi.json", "--extends", "recommended", "--format", "json"], { cwd: dir, env }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }), // exits 1 when it finds errors; the report says which
    );
    return JSON.parse(stdout) as LintReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("Redocly's recommended lint finds no error and no warning in the OpenAPI document", async () => {
  const report = await lint(openApiDocument);
  const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location.map((l) => l.pointer).join(", ")}: ${p.message}`);
  assert.deepEqual(problems, []);
  assert.deepEqual(report.totals, { ...report.totals, errors: 0, warnings: 0 });
});

test("the lint is real: it finds a document without security or operation ids", async () => {
  const { security: _security, ...open } = openApiDocument;
  const report = await lint(open);
  assert.ok(report.problems.some((p) => p.ruleId === "security-defined" && p.severity === "error"));
});
