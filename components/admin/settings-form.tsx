"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { LOCALES } from "@/lib/content/schema";
import type { ContactSettings } from "@/lib/notice/types";
import { AdminForm } from "./admin-form";
import { FieldError } from "./form-status";
import { TextField } from "./text-field";
import { KeptInput, KeptSelect } from "./no-script-answer";

/** The settings form's values: the contact settings every notice shows, plus theme and languages. */
export type SettingsValues = ContactSettings & {
  id: string;
  revision: number;
  noDpoNote: string;
  logoUrl: string;
  accentColor: string;
  locales: string[];
  defaultLocale: string;
  embedOrigins: string[];
};

export function SettingsForm({ action, values }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; values: SettingsValues }) {
  const t = useTranslations("admin.settings");
  const tl = useTranslations("layout.localeName");
  return (
    <AdminForm action={action}>
      {(state, pending) => {
        const field = (name: keyof SettingsValues, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
          <TextField name={name} label={t(`fields.${name}` as "fields.phone")} state={state} defaultValue={String(values[name] ?? "")} {...extra} />
        );
        return (
          <>
            <input type="hidden" name="id" value={values.id} />
            <input type="hidden" name="revision" value={state.revision ?? values.revision} />
            <fieldset>
              <legend>{t("controller")}</legend>
              {field("address", { multiline: true })}
              {field("phone", { type: "tel" })}
              {field("email", { type: "email" })}
              {field("website", { type: "url" })}
              {field("secureMailUrl", { type: "url" })}
            </fieldset>
            <fieldset>
              <legend>{t("dpo")}</legend>
              <div className="field checkbox">
                <KeptInput type="checkbox" id="hasDpo" name="hasDpo" defaultChecked={values.hasDpo} />
                <label htmlFor="hasDpo">{t("fields.hasDpo")}</label>
              </div>
              {field("dpoName")}
              {field("dpoEmail", { type: "email" })}
              {field("dpoPhone", { type: "tel" })}
              {field("dpoSecureMailUrl", { type: "url" })}
              {field("noDpoNote", { hint: t("hints.noDpoNote") })}
            </fieldset>
            <fieldset>
              <legend>{t("variables")}</legend>
              {field("rightsEmail", { type: "email", hint: t("hints.rightsEmail") })}
              {field("accessRequestUrl", { type: "url" })}
              {field("accessRequestFormUrl", { type: "url" })}
            </fieldset>
            <fieldset>
              <legend>{t("languages")}</legend>
              {LOCALES.map((locale) => (
                <div key={locale} className="field checkbox">
                  <KeptInput type="checkbox" id={`locale-${locale}`} name="locales" value={locale} defaultChecked={values.locales.includes(locale)} />
                  <label htmlFor={`locale-${locale}`} lang={locale}>
                    {tl(locale)}
                  </label>
                </div>
              ))}
              <FieldError state={state} field="locales" />
              <div className="field">
                <label htmlFor="defaultLocale">{t("fields.defaultLocale")}</label>
                <KeptSelect id="defaultLocale" name="defaultLocale" defaultValue={values.defaultLocale} aria-describedby={state.fieldErrors?.defaultLocale ? "defaultLocale-error" : undefined}>
                  {LOCALES.map((locale) => (
                    <option key={locale} value={locale} lang={locale}>
                      {tl(locale)}
                    </option>
                  ))}
                </KeptSelect>
                <FieldError state={state} field="defaultLocale" />
              </div>
            </fieldset>
            <fieldset>
              <legend>{t("theme")}</legend>
              {field("accentColor", { type: "color", hint: t("hints.accentColor") })}
              {field("logoUrl", { type: "url" })}
            </fieldset>
            <fieldset>
              <legend>{t("embedding")}</legend>
              <TextField name="embedOrigins" label={t("fields.embedOrigins")} hint={t("hints.embedOrigins")} state={state} defaultValue={values.embedOrigins.join("\n")} multiline />
            </fieldset>
            <button type="submit" className="button" disabled={pending}>
              {t("save")}
            </button>
          </>
        );
      }}
    </AdminForm>
  );
}
