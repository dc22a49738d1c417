import { createHash } from "node:crypto";
import type { Actor } from "../auth/permissions";
import type { Locale } from "../content/schema";
import { applyRecordImport, findRecordOrganisationById, loadDraftRecord, loadLegalBasisVocabulary, type ImportResult, type RecordOrganisation } from "../db/record";
import { readRecordFile } from "./file";
import { legalBasisIndex } from "./legal-bases";
import { RECORD_LIMITS } from "./limits";
import { planFingerprint, planImport, type PlanRow } from "./plan";
import { readRecordSheet } from "./sheet";
import type { FileProblem, SpreadsheetFormat } from "./types";

/*
 * An import in two steps, each reading the uploaded file afresh: the preview (nothing written)
 * and the confirmation, which writes only if the file and the organisation's record are still
 * what the preview showed. Used by the server actions and by the tests.
 */

export type ImportRequest = { organisationId: string; language: Locale; fileName: string; bytes: Uint8Array };

export type PreparedImport =
  | { status: "missing" }
  | { status: "language" }
  | { status: "file"; problems: FileProblem[] }
  | { status: "ready"; organisation: RecordOrganisation; format: SpreadsheetFormat; plan: PlanRow[]; letters: Record<string, string>; digest: string; fingerprint: string };

export async function prepareRecordImport(actor: Actor, request: ImportRequest): Promise<PreparedImport> {
  const organisation = await findRecordOrganisationById(request.organisationId, actor);
  if (!organisation) return { status: "missing" };
  if (!organisation.locales.includes(request.language)) return { status: "language" };
  if (request.bytes.length > RECORD_LIMITS.fileBytes) return { status: "file", problems: [{ code: "tooLarge", values: { max: RECORD_LIMITS.fileBytes / 1024 / 1024 } }] };
  const file = await readRecordFile(request.bytes);
  if ("problem" in file) return { status: "file", problems: [file.problem] };
  const legalBases = legalBasisIndex(await loadLegalBasisVocabulary());
  const sheet = readRecordSheet(file.sheet, { legalBases });
  if (sheet.problems.length) return { status: "file", problems: sheet.problems };
  const record = await loadDraftRecord(organisation.id, request.language);
  if (!record) return { status: "missing" };
  const plan = planImport(sheet.rows, record.existing, record.taken);
  const digest = createHash("sha256").update(request.bytes).digest("hex");
  return { status: "ready", organisation, format: file.format, plan, letters: sheet.letters, digest, fingerprint: createHash("sha256").update(planFingerprint(plan)).digest("hex") };
}

export type ConfirmResult = Exclude<PreparedImport, { status: "ready" }> | ImportResult | { status: "fileChanged" } | { status: "nothing" };

/**
 * Writes the import the preview showed: the same file (by its SHA-256) and the same plan (the
 * same rows to create and update, at the revisions the preview saw); otherwise nothing.
 */
export async function confirmRecordImport(actor: Actor, request: ImportRequest & { digest: string; fingerprint: string }): Promise<ConfirmResult> {
  const prepared = await prepareRecordImport(actor, request);
  if (prepared.status !== "ready") return prepared;
  if (prepared.digest !== request.digest) return { status: "fileChanged" };
  if (prepared.fingerprint !== request.fingerprint) return { status: "conflict" };
  if (!prepared.plan.some((row) => row.action === "create" || row.action === "update")) return { status: "nothing" };
  return applyRecordImport(actor, {
    organisationId: prepared.organisation.id,
    locale: request.language,
    plan: prepared.plan,
    file: { name: request.fileName, format: prepared.format, digest: prepared.digest },
  });
}
