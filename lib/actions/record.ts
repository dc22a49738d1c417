"use server";
// Importing an organisation's record of processing from a spreadsheet: a preview, then the drafts.
import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { localeSchema, type Locale } from "../content/schema";
import { recordColumns } from "../record/columns";
import { confirmRecordImport, prepareRecordImport, type PreparedImport } from "../record/import";
import { RECORD_LIMITS } from "../record/limits";
import { describeFileProblem, describePlan, type ImportPreview } from "../record/preview";
import { authedAction, NotFoundOrForbidden, type ActionState } from "./safe-action";

export type ImportState = ActionState & { preview?: ImportPreview; fileProblems?: string[] };

const uploadSchema = z.object({
  organisationId: z.string().min(1).max(100),
  language: localeSchema,
  file: z.instanceof(File).refine((file) => file.size > 0, "required"),
});

const readUpload = (form: FormData) => ({ organisationId: form.get("organisationId"), language: form.get("language"), file: form.get("file") });

type Translate = (key: string, values?: Record<string, string | number>) => string;
const translator = async (locale: Locale) => (await getTranslations({ locale })) as unknown as Translate;

async function request(input: z.infer<typeof uploadSchema>) {
  // A file over the limit is refused before it is read into memory.
  const bytes = input.file.size > RECORD_LIMITS.fileBytes ? new Uint8Array(RECORD_LIMITS.fileBytes + 1) : new Uint8Array(await input.file.arrayBuffer());
  return { organisationId: input.organisationId, language: input.language, fileName: input.file.name.slice(0, 200), bytes };
}

/** What every answer that writes nothing says: the file's problems, or that the organisation or language is not the actor's. */
function refusal(prepared: Exclude<PreparedImport, { status: "ready" }>, t: Translate): ImportState {
  if (prepared.status === "missing") throw new NotFoundOrForbidden();
  if (prepared.status === "language") return { message: t("validation.fixErrors"), fieldErrors: { language: t("validation.invalid") } };
  const columns = recordColumns();
  return { message: t("admin.record.preview.fileProblem"), fileProblems: prepared.problems.map((p) => describeFileProblem(p, columns, t)) };
}

/** Reads the uploaded record and shows what an import would do, row by row; writes nothing. */
export const previewRecordImport = authedAction(uploadSchema, readUpload, async (input, { actor, locale }): Promise<ImportState> => {
  const t = await translator(locale);
  const prepared = await prepareRecordImport(actor, await request(input));
  if (prepared.status !== "ready") return refusal(prepared, t);
  return {
    ok: true,
    preview: {
      fileName: input.file.name.slice(0, 200),
      format: prepared.format,
      language: input.language,
      ...describePlan(prepared.plan, recordColumns(), prepared.letters, t),
      digest: prepared.digest,
      fingerprint: prepared.fingerprint,
    },
  };
});

const confirmSchema = uploadSchema.extend({ digest: z.string().regex(/^[0-9a-f]{64}$/), fingerprint: z.string().regex(/^[0-9a-f]{64}$/) });

/** Saves the previewed rows as drafts, if the file and the organisation's record are as the preview showed them. */
export const confirmRecordImportAction = authedAction(
  confirmSchema,
  (form) => ({ ...readUpload(form), digest: form.get("digest"), fingerprint: form.get("fingerprint") }),
  async (input, { actor, locale }): Promise<ImportState> => {
    const t = await translator(locale);
    const result = await confirmRecordImport(actor, { ...(await request(input)), digest: input.digest, fingerprint: input.fingerprint });
    switch (result.status) {
      case "saved":
        refresh();
        return { ok: true, message: t("admin.record.done", { created: result.created, updated: result.updated }) };
      case "conflict":
        return { message: t("admin.record.conflict") };
      case "fileChanged":
        return { message: t("admin.record.fileChanged") };
      case "nothing":
        return { message: t("admin.record.preview.nothing") };
      default:
        return refusal(result, t);
    }
  },
);
