"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { COUNTRIES } from "@/lib/organisations/country";
import { AdminForm } from "./admin-form";
import { FieldError } from "./form-status";
import { TextField } from "./text-field";
import { KeptInput, KeptSelect } from "./no-script-answer";

export type ProfileValues = { id: string; revision: number; name: string; shortName: string; slug: string; kind: string; country: string; organisationNumber: string; published: boolean };

/** An organisation's identity: name, short name, address (until first published), kind, country, number. */
export function OrganisationProfileForm({ action, values, saved }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; values: ProfileValues; saved: boolean }) {
  const t = useTranslations("admin.organisationForm");
  return (
    <AdminForm action={action} initialState={saved ? { ok: true, message: t("saved") } : {}}>
      {(state, pending) => (
        <>
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="revision" value={values.revision} />
          <TextField name="name" label={t("name")} hint={t("nameHint")} state={state} defaultValue={values.name} />
          <TextField name="shortName" label={t("shortName")} hint={t("shortNameHint")} state={state} defaultValue={values.shortName} />
          <div className="field">
            <label htmlFor="slug">{t("slug")}</label>
            <p id="slug-hint" className="hint">
              {values.published ? t("slugFixedHint") : t("slugHint")}
            </p>
            <KeptInput
              id="slug"
              name="slug"
              defaultValue={values.slug}
              readOnly={values.published}
              maxLength={60}
              autoCapitalize="none"
              spellCheck={false}
              aria-describedby={state.fieldErrors?.slug ? "slug-hint slug-error" : "slug-hint"}
              aria-invalid={state.fieldErrors?.slug ? true : undefined}
            />
            <FieldError state={state} field="slug" />
          </div>
          <div className="field">
            <label htmlFor="kind">{t("kind")}</label>
            <KeptSelect id="kind" name="kind" defaultValue={values.kind}>
              <option value="municipality">{t("kinds.municipality")}</option>
              <option value="company">{t("kinds.company")}</option>
            </KeptSelect>
          </div>
          <div className="field">
            <label htmlFor="country">{t("country")}</label>
            <KeptSelect id="country" name="country" defaultValue={values.country}>
              {COUNTRIES.map((c) => (
                <option key={c} value={c}>
                  {t(`countries.${c}`)} – {t(`authorities.${c}`)}
                </option>
              ))}
            </KeptSelect>
          </div>
          <div className="field">
            <label htmlFor="organisationNumber">{t("organisationNumber")}</label>
            <p id="organisationNumber-hint" className="hint">
              {t("organisationNumberHint")}
            </p>
            <KeptInput
              id="organisationNumber"
              name="organisationNumber"
              defaultValue={values.organisationNumber}
              inputMode="numeric"
              autoComplete="off"
              maxLength={40}
              aria-describedby={state.fieldErrors?.organisationNumber ? "organisationNumber-hint organisationNumber-error" : "organisationNumber-hint"}
              aria-invalid={state.fieldErrors?.organisationNumber ? true : undefined}
            />
            <FieldError state={state} field="organisationNumber" />
          </div>
          <button type="submit" className="button" disabled={pending}>
            {t("save")}
          </button>
        </>
      )}
    </AdminForm>
  );
}
