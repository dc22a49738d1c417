"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { AdminForm } from "./admin-form";
import { KeptInput } from "./no-script-answer";

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState>; minLength: number; permalink: string };

export function PasswordForm({ action, minLength, permalink }: Props) {
  const t = useTranslations("admin.password");
  return (
    <AdminForm action={action} className="admin-form narrow" permalink={permalink}>
      {(_state, pending) => (
        <>
          <div className="field">
            <label htmlFor="currentPassword">{t("current")}</label>
            <KeptInput id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required />
          </div>
          <div className="field">
            <label htmlFor="newPassword">{t("new")}</label>
            <p className="hint" id="newPassword-hint">
              {t("rules", { min: minLength })}
            </p>
            <KeptInput id="newPassword" name="newPassword" type="password" autoComplete="new-password" minLength={minLength} required aria-describedby="newPassword-hint" />
          </div>
          <div className="field">
            <label htmlFor="confirmPassword">{t("confirm")}</label>
            <KeptInput id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" required />
          </div>
          <button type="submit" className="button" disabled={pending}>
            {t("submit")}
          </button>
        </>
      )}
    </AdminForm>
  );
}
