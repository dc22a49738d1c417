"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { COUNTRIES } from "@/lib/organisations/country";
import { AdminForm } from "./admin-form";
import { TextField } from "./text-field";
import { KeptSelect } from "./no-script-answer";

/** A new library: a catalogue of parts in one country's languages. */
export function LibraryForm({ action }: { action: (state: ActionState, form: FormData) => Promise<ActionState> }) {
  const t = useTranslations("admin");
  return (
    <AdminForm action={action} className="admin-form narrow">
      {(state, pending) => (
        <>
          <TextField name="name" label={t("groupAdmin.name")} state={state} />
          <TextField name="slug" label={t("groupAdmin.slug")} hint={t("groupAdmin.slugHint")} state={state} />
          <div className="field">
            <label htmlFor="country">{t("organisationForm.country")}</label>
            <KeptSelect id="country" name="country" defaultValue="NO">
              {COUNTRIES.map((c) => (
                <option key={c} value={c}>
                  {t(`organisationForm.countries.${c}`)}
                </option>
              ))}
            </KeptSelect>
          </div>
          <button type="submit" className="button" disabled={pending}>
            {t("library.create")}
          </button>
        </>
      )}
    </AdminForm>
  );
}
