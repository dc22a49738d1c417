"use client";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ImportState } from "@/lib/actions/record";
import type { Locale } from "@/lib/content/schema";
import type { ImportPreview } from "@/lib/record/preview";
import { Link } from "@/i18n/navigation";

type Action = (state: ImportState, form: FormData) => Promise<ImportState>;

type Props = {
  preview: Action;
  confirm: Action;
  organisationId: string;
  organisationPath: string;
  languages: Locale[];
  defaultLanguage: Locale;
  maxBytes: number;
};

/**
 * Importing the record: choose a file and its language, see every problem by row and column and
 * what will happen to each row, then save the good rows as drafts. The confirmation sends the
 * same file again with the preview's fingerprints, so the server writes only what was shown.
 */
export function RecordImport({ preview, confirm, organisationId, organisationPath, languages, defaultLanguage, maxBytes }: Props) {
  const t = useTranslations("admin.record");
  const tl = useTranslations("layout.localeName");
  const form = useRef<HTMLFormElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const [previewState, runPreview, previewing] = useActionState(preview, {});
  const [confirmState, runConfirm, confirming] = useActionState(confirm, {});
  // What the page shows below the form: nothing, the preview, or the confirmation's answer.
  const [stage, setStage] = useState<"none" | "preview" | "confirmed">("none");
  const [clientError, setClientError] = useState<string | null>(null);
  const maxMegabytes = maxBytes / 1024 / 1024;

  useEffect(() => {
    if (previewState.preview) previewHeading.current?.focus();
  }, [previewState]);

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setClientError(t("import.chooseFile"));
    if (file.size > maxBytes) return setClientError(t("import.tooLarge", { max: maxMegabytes }));
    setClientError(null);
    setStage("preview");
    startTransition(() => runPreview(data));
  }

  function save(event: FormEvent<HTMLFormElement>, shown: ImportPreview) {
    event.preventDefault();
    if (!form.current) return;
    const data = new FormData(form.current);
    data.set("digest", shown.digest);
    data.set("fingerprint", shown.fingerprint);
    setStage("confirmed");
    startTransition(() => runConfirm(data));
  }

  const shown = stage === "preview" && !previewing ? previewState.preview : undefined;
  const languageError = previewState.fieldErrors?.language;
  return (
    <>
      <form ref={form} className="admin-form" onSubmit={upload} aria-labelledby="import-title">
        <input type="hidden" name="organisationId" value={organisationId} />
        <div className="field">
          <label htmlFor="record-file">{t("import.file")}</label>
          <p id="record-file-hint" className="hint">
            {t("import.intro", { max: maxMegabytes })}
          </p>
          <input
            id="record-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby="record-file-hint"
            onChange={() => setStage("none")}
          />
        </div>
        <div className="field">
          <label htmlFor="record-language">{t("import.language")}</label>
          <select
            id="record-language"
            name="language"
            defaultValue={defaultLanguage}
            aria-invalid={languageError ? true : undefined}
            aria-describedby={languageError ? "record-language-error" : undefined}
          >
            {languages.map((language) => (
              <option key={language} value={language}>
                {tl(language)}
              </option>
            ))}
          </select>
          {languageError && (
            <p id="record-language-error" className="field-error">
              {languageError}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={previewing || confirming}>
          {t("import.preview")}
        </button>
        {clientError && (
          <p role="alert" className="form-error">
            {clientError}
          </p>
        )}
      </form>

      {stage === "preview" && !previewing && !previewState.preview && previewState.message && (
        <div role="alert" className="form-error">
          <p>{previewState.message}</p>
          {previewState.fileProblems && (
            <ul>
              {previewState.fileProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {stage === "confirmed" && !confirming && confirmState.message && (
        <div role={confirmState.ok ? "status" : "alert"} className={confirmState.ok ? "form-ok" : "form-error"}>
          <p>{confirmState.message}</p>
          {confirmState.ok && (
            <p>
              <Link href={organisationPath}>{t("backToOrganisation")}</Link>
            </p>
          )}
        </div>
      )}

      {shown && (
        <section aria-labelledby="preview-title" className="record-preview">
          <h2 id="preview-title" ref={previewHeading} tabIndex={-1}>
            {t("preview.heading", { file: shown.fileName })}
          </h2>
          <p>{t("preview.summary", shown.counts)}</p>

          <h3>{t("preview.problemsHeading")}</h3>
          {shown.problems.length === 0 ? (
            <p>{t("preview.noProblems")}</p>
          ) : (
            <>
              <p>{t("preview.problemsIntro")}</p>
              <table className="record-table">
                <caption className="sr-only">{t("preview.problemsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("preview.row")}</th>
                    <th scope="col">{t("preview.column")}</th>
                    <th scope="col">{t("preview.problem")}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.problems.map((problem, i) => (
                    <tr key={i}>
                      <td>{problem.row}</td>
                      <td>{problem.column}</td>
                      <td>{problem.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}

          <h3>{t("preview.rowsHeading")}</h3>
          <table className="record-table">
            <caption className="sr-only">{t("preview.rowsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("preview.row")}</th>
                <th scope="col">{t("preview.title")}</th>
                <th scope="col">{t("preview.slug")}</th>
                <th scope="col">{t("preview.action")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((row) => (
                <tr key={row.number}>
                  <td>{row.number}</td>
                  <td>{row.title}</td>
                  <td>{row.slug}</td>
                  <td>{t(`preview.actions.${row.action}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>

          {shown.counts.create + shown.counts.update > 0 ? (
            <form onSubmit={(event) => save(event, shown)} className="button-row">
              <button type="submit" className="button" disabled={confirming}>
                {t("preview.confirm", { count: shown.counts.create + shown.counts.update })}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setStage("none")}>
                {t("preview.cancel")}
              </button>
            </form>
          ) : (
            <p>{t("preview.nothing")}</p>
          )}
        </section>
      )}
    </>
  );
}
