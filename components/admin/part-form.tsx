"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { LIST_FIELDS, type ActivityContent, type Block, type Category, type Locale, type RichTextField as RichTextFieldName } from "@/lib/content/schema";
import { isoToRetention, RETENTION_UNITS } from "@/lib/actions/part-form";
import { AdminForm } from "./admin-form";
import { ConflictPanel } from "./conflict-panel";
import { FieldError } from "./form-status";
import { RichTextField } from "./rich-text-field";

export type PartFormValues = {
  id: string;
  revision: number;
  kind: "section" | "activity";
  mode: string;
  slug: string | null;
  retentionPeriod: string | null;
  legalBases: string[];
  appliesTo: string[];
  translations: Partial<Record<Locale, { title: string; content: Record<string, unknown> }>>;
};

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  values: PartFormValues;
  locales: Locale[];
  vocabulary: { code: string; kind: string; citation: string; label: string }[];
  members: { id: string; name: string }[] | null;
};

const RICH_ACTIVITY_FIELDS: Exclude<RichTextFieldName, "appendix">[] = ["description", "purpose", "legalBasisText", "legitimateInterest", "sources", "provisionRequirement", "transfers", "retention", "automatedDecisions"];
const EXTRA_CATEGORY_ROWS = 3;

/** Edits one part in every language side by side; the server validates and checks the revision. */
export function PartForm({ action, values, locales, vocabulary, members }: Props) {
  const t = useTranslations("admin.parts");
  const ta = useTranslations("activity");
  const tl = useTranslations("layout.localeName");
  const appendOnly = values.mode === "append";
  const content = (locale: Locale) => (values.translations[locale]?.content ?? {}) as Partial<ActivityContent> & { body?: Block[] };
  const retention = isoToRetention(values.retentionPeriod);

  const columns = (render: (locale: Locale) => React.ReactNode) => (
    <div className="locale-columns" style={{ gridTemplateColumns: `repeat(${locales.length}, minmax(0, 1fr))` }}>
      {locales.map((locale) => (
        <div key={locale} lang={locale} className="locale-column">
          {render(locale)}
        </div>
      ))}
    </div>
  );
  const inLanguage = (label: string, locale: Locale) => `${label} (${tl(locale)})`;
  const fieldLabel = (field: (typeof RICH_ACTIVITY_FIELDS)[number]) =>
    field === "description" ? t("description") : field === "legalBasisText" ? t("legalBasisText") : ta(field);

  return (
    <AdminForm action={action}>
      {(state, pending) => (
        <>
          {state.conflict && <ConflictPanel conflict={state.conflict} locales={locales} />}
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="kind" value={values.kind} />
          <input type="hidden" name="locales" value={locales.join(",")} />
          <input type="hidden" name="revision" value={state.conflict?.theirRevision ?? state.revision ?? values.revision} />

          {!appendOnly && (
            <fieldset>
              <legend>{t("titles")}</legend>
              {columns((locale) => (
                <div className="field">
                  <label htmlFor={`title-${locale}`}>{inLanguage(t("title"), locale)}</label>
                  <input id={`title-${locale}`} name={`title.${locale}`} defaultValue={values.translations[locale]?.title ?? ""} maxLength={300} />
                  <FieldError state={state} field={`translations.${locale}.title`} />
                </div>
              ))}
            </fieldset>
          )}
          {appendOnly && locales.map((locale) => <input key={locale} type="hidden" name={`title.${locale}`} value={values.translations[locale]?.title ?? ""} />)}

          {values.kind === "section" || appendOnly ? (
            <fieldset>
              <legend>{appendOnly ? t("appendedText") : t("text")}</legend>
              {columns((locale) => (
                <RichTextField
                  name={values.kind === "section" ? `body.${locale}` : `appendix.${locale}`}
                  label={inLanguage(appendOnly ? t("appendedText") : t("text"), locale)}
                  blocks={(values.kind === "section" ? content(locale).body : content(locale).appendix) ?? []}
                  lang={locale}
                  error={state.fieldErrors?.[`${values.kind === "section" ? "body" : "appendix"}.${locale}`]}
                />
              ))}
            </fieldset>
          ) : (
            <>
              {RICH_ACTIVITY_FIELDS.map((field) => (
                <fieldset key={field}>
                  <legend>{fieldLabel(field)}</legend>
                  {columns((locale) => (
                    <RichTextField name={`${field}.${locale}`} label={inLanguage(fieldLabel(field), locale)} blocks={(content(locale)[field] as Block[]) ?? []} lang={locale} error={state.fieldErrors?.[`${field}.${locale}`]} />
                  ))}
                </fieldset>
              ))}
              <fieldset>
                <legend>{ta("categories")}</legend>
                {columns((locale) => {
                  const rows: (Category | null)[] = [...(content(locale).categories ?? []), ...Array(EXTRA_CATEGORY_ROWS).fill(null)];
                  return (
                    <table className="category-table">
                      <caption className="sr-only">{inLanguage(ta("categories"), locale)}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t("category")}</th>
                          <th scope="col">{t("special")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map((category, i) => (
                          <tr key={i}>
                            <td>
                              <input name={`categories.${locale}.text`} defaultValue={category?.text ?? ""} aria-label={`${t("category")} ${i + 1} (${tl(locale)})`} />
                            </td>
                            <td>
                              <select name={`categories.${locale}.special`} defaultValue={category?.special ?? ""} aria-label={`${t("special")} ${i + 1} (${tl(locale)})`}>
                                <option value="">{t("specialNone")}</option>
                                <option value="art9">{t("specialArt9")}</option>
                                <option value="art10">{t("specialArt10")}</option>
                              </select>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  );
                })}
              </fieldset>
              {LIST_FIELDS.filter((f) => f !== "categories").map((field) => (
                <fieldset key={field}>
                  <legend>{ta(field)}</legend>
                  {columns((locale) => (
                    <div className="field">
                      <label htmlFor={`${field}-${locale}`}>{inLanguage(ta(field), locale)}</label>
                      <p className="hint" id={`${field}-${locale}-hint`}>
                        {t("onePerLine")}
                      </p>
                      <textarea id={`${field}-${locale}`} name={`${field}.${locale}`} rows={3} aria-describedby={`${field}-${locale}-hint`} defaultValue={((content(locale)[field] as string[] | undefined) ?? []).join("\n")} />
                    </div>
                  ))}
                </fieldset>
              ))}
              <fieldset>
                <legend>{ta("legalBasis")}</legend>
                <div className="checkbox-grid">
                  {vocabulary.map((basis) => (
                    <div key={basis.code} className="field checkbox">
                      <input type="checkbox" id={`lb-${basis.code}`} name="legalBases" value={basis.code} defaultChecked={values.legalBases.includes(basis.code)} />
                      <label htmlFor={`lb-${basis.code}`}>
                        {basis.citation} <span className="text-muted">– {basis.label}</span>
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <fieldset>
                <legend>{t("retentionPeriod")}</legend>
                <div className="inline-fields">
                  <div className="field">
                    <label htmlFor="retentionAmount">{t("retentionAmount")}</label>
                    <input id="retentionAmount" name="retentionAmount" type="number" min={1} step={1} defaultValue={retention.amount} />
                  </div>
                  <div className="field">
                    <label htmlFor="retentionUnit">{t("retentionUnit")}</label>
                    <select id="retentionUnit" name="retentionUnit" defaultValue={retention.unit}>
                      {Object.keys(RETENTION_UNITS).map((unit) => (
                        <option key={unit} value={unit}>
                          {t(`units.${unit as keyof typeof RETENTION_UNITS}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
              </fieldset>
            </>
          )}

          {members && !appendOnly && (
            <fieldset>
              <legend>{t("appliesTo")}</legend>
              <p className="hint">{t("appliesToHint")}</p>
              <div className="checkbox-grid">
                {members.map((member) => (
                  <div key={member.id} className="field checkbox">
                    <input type="checkbox" id={`member-${member.id}`} name="appliesTo" value={member.id} defaultChecked={values.appliesTo.includes(member.id)} />
                    <label htmlFor={`member-${member.id}`}>{member.name}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          )}

          {values.mode === "own" && (
            <div className="field">
              <label htmlFor="slug">{t("slug")}</label>
              <p className="hint" id="slug-hint">
                {t("slugHint")}
              </p>
              <input id="slug" name="slug" defaultValue={values.slug ?? ""} pattern="[a-z0-9]+(-[a-z0-9]+)*" aria-describedby="slug-hint" />
              <FieldError state={state} field="slug" />
            </div>
          )}
          <button type="submit" className="button" disabled={pending}>
            {state.conflict ? t("saveMineAnyway") : t("save")}
          </button>
        </>
      )}
    </AdminForm>
  );
}
