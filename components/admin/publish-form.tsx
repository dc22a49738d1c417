"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import type { Locale } from "@/lib/content/schema";
import { AdminForm } from "./admin-form";
import { FieldError } from "./form-status";
import { KeptInput, KeptTextarea } from "./no-script-answer";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  /** The languages a material change's summary is written in (without them: no material change, no schedule, as for the library). */
  locales?: Locale[];
  /** The organisation's time zone, which the date and time are in (Europe/Oslo …). */
  zone?: string;
};

/**
 * The publish dialog's form: a change note citizens see in the version history; optionally a
 * material change with a summary per language; and publish now, or at a time in the
 * organisation's zone. Plain fields and two submit buttons: it works by keyboard alone.
 */
export function PublishForm({ action, fields, label, locales, zone }: Props) {
  const t = useTranslations("admin.publishPage");
  const s = useTranslations("admin.schedule");
  const names = useTranslations("layout.localeName");
  return (
    <AdminForm action={action} className="admin-form narrow">
      {(state, pending) => (
        <>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="field">
            <label htmlFor="changeNote">{t("changeNote")}</label>
            <p className="hint" id="changeNote-hint">
              {t("changeNoteHint")}
            </p>
            <KeptTextarea id="changeNote" name="changeNote" rows={3} maxLength={500} aria-describedby="changeNote-hint" />
          </div>
          {locales && (
            <fieldset className="field">
              <legend>{s("material")}</legend>
              <p className="hint" id="material-hint">
                {s("materialHint")}
              </p>
              <label>
                <KeptInput type="checkbox" name="material" aria-describedby="material-hint" /> {s("material")}
              </label>
              {locales.map((locale) => {
                const name = `summary.${locale}`;
                const invalid = Boolean(state.fieldErrors?.[name]);
                return (
                  <div className="field" key={locale}>
                    <label htmlFor={name}>{s("summary", { language: names(locale) })}</label>
                    <KeptTextarea id={name} name={name} rows={2} maxLength={400} lang={locale} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${name}-error` : undefined} />
                    <FieldError state={state} field={name} />
                  </div>
                );
              })}
            </fieldset>
          )}
          <button type="submit" name="intent" value="now" className="button" disabled={pending}>
            {label}
          </button>
          {zone && (
            <>
              <div className="field">
                <label htmlFor="runAt">{s("runAt")}</label>
                <p className="hint" id="runAt-hint">
                  {s("runAtHint", { zone })}
                </p>
                <KeptInput
                  id="runAt"
                  name="runAt"
                  type="datetime-local"
                  aria-invalid={state.fieldErrors?.runAt ? true : undefined}
                  aria-describedby={state.fieldErrors?.runAt ? "runAt-hint runAt-error" : "runAt-hint"}
                />
                <FieldError state={state} field="runAt" />
              </div>
              <button type="submit" name="intent" value="schedule" className="button button-secondary" disabled={pending}>
                {s("submitSchedule")}
              </button>
            </>
          )}
        </>
      )}
    </AdminForm>
  );
}
