"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import type { ActivityContent, Block, Locale } from "@/lib/content/schema";
import { ActivityFields } from "./activity-fields";
import { AdminForm } from "./admin-form";
import { ConflictPanel } from "./conflict-panel";
import { FieldError } from "./form-status";
import { RichTextField } from "./rich-text-field";
import { KeptInput } from "./no-script-answer";

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
  /** When a publish of what this part reaches is scheduled (formatted in the organisation's zone): saving asks what becomes of it. */
  scheduledAt?: string | null;
};

/** Edits one part in every language side by side; the server validates and checks the revision. */
export function PartForm({ action, values, locales, vocabulary, members, scheduledAt = null }: Props) {
  const t = useTranslations("admin.parts");
  const s = useTranslations("admin.schedule");
  const tl = useTranslations("layout.localeName");
  const appendOnly = values.mode === "append";
  const content = (locale: Locale) => (values.translations[locale]?.content ?? {}) as Partial<ActivityContent> & { body?: Block[] };

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
                  <KeptInput id={`title-${locale}`} name={`title.${locale}`} defaultValue={values.translations[locale]?.title ?? ""} maxLength={300} />
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
            <ActivityFields
              locales={locales}
              content={(locale) => content(locale) as Record<string, unknown>}
              legalBases={values.legalBases}
              retentionPeriod={values.retentionPeriod}
              vocabulary={vocabulary}
              fieldErrors={state.fieldErrors}
            />
          )}

          {members && !appendOnly && (
            <fieldset>
              <legend>{t("appliesTo")}</legend>
              <p className="hint">{t("appliesToHint")}</p>
              <div className="checkbox-grid">
                {members.map((member) => (
                  <div key={member.id} className="field checkbox">
                    <KeptInput type="checkbox" id={`member-${member.id}`} name="appliesTo" value={member.id} defaultChecked={values.appliesTo.includes(member.id)} />
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
              <KeptInput id="slug" name="slug" defaultValue={values.slug ?? ""} pattern="[a-z0-9]+(-[a-z0-9]+)*" aria-describedby="slug-hint" />
              <FieldError state={state} field="slug" />
            </div>
          )}
          {scheduledAt && (
            <fieldset className="field">
              <legend>{s("editChoice")}</legend>
              <p className="hint">{s("pendingNotice", { at: scheduledAt })}</p>
              {(["keep", "include", "cancel"] as const).map((choice) => (
                <div key={choice} className="field checkbox">
                  <KeptInput type="radio" id={`scheduleChoice-${choice}`} name="scheduleChoice" value={choice} defaultChecked={choice === "keep"} />
                  <label htmlFor={`scheduleChoice-${choice}`}>{s(choice === "cancel" ? "cancelChoice" : choice)}</label>
                </div>
              ))}
            </fieldset>
          )}
          <button type="submit" className="button" disabled={pending}>
            {state.conflict ? t("saveMineAnyway") : t("save")}
          </button>
        </>
      )}
    </AdminForm>
  );
}
