"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { AdminForm } from "./admin-form";

/** The publish dialog's form: an optional change note that citizens see in the version history. */
export function PublishForm({ action, fields, label }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; fields: Record<string, string>; label: string }) {
  const t = useTranslations("admin.publishPage");
  return (
    <AdminForm action={action} className="admin-form narrow">
      {(_state, pending) => (
        <>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="field">
            <label htmlFor="changeNote">{t("changeNote")}</label>
            <p className="hint" id="changeNote-hint">
              {t("changeNoteHint")}
            </p>
            <textarea id="changeNote" name="changeNote" rows={3} maxLength={500} aria-describedby="changeNote-hint" />
          </div>
          <button type="submit" className="button" disabled={pending}>
            {label}
          </button>
        </>
      )}
    </AdminForm>
  );
}
