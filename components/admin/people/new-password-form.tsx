"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { AdminForm } from "../admin-form";
import { FieldError } from "../form-status";
import { KeptInput } from "../no-script-answer";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  email: string;
  minLength: number;
  submit: string;
  /** Ask for the person's name too (a new account). */
  withName?: { label: string };
  /** Only a button: the person already has an account. */
  buttonOnly?: boolean;
};

/** Choosing a password from a one-time link (an invitation, a reset); the e-mail is there for password managers. */
export function NewPasswordForm({ action, email, minLength, submit, withName, buttonOnly }: Props) {
  const t = useTranslations("admin.password");
  return (
    <AdminForm action={action} className="admin-form narrow">
      {(state, pending) => (
        <>
          {!buttonOnly && (
            <>
              <KeptInput type="email" name="username" autoComplete="username" value={email} readOnly hidden />
              {withName && (
                <div className="field">
                  <label htmlFor="name">{withName.label}</label>
                  <KeptInput id="name" name="name" autoComplete="name" required aria-describedby={state.fieldErrors?.name ? "name-error" : undefined} />
                  <FieldError state={state} field="name" />
                </div>
              )}
              <div className="field">
                <label htmlFor="password">{t("new")}</label>
                <p className="hint" id="password-hint">
                  {t("rules", { min: minLength })}
                </p>
                <KeptInput
                  id="password"
                  name="password"
                  type="password"
                  autoComplete="new-password"
                  minLength={minLength}
                  required
                  aria-describedby={state.fieldErrors?.password ? "password-hint password-error" : "password-hint"}
                />
                <FieldError state={state} field="password" />
              </div>
              <div className="field">
                <label htmlFor="confirmPassword">{t("confirm")}</label>
                <KeptInput
                  id="confirmPassword"
                  name="confirmPassword"
                  type="password"
                  autoComplete="new-password"
                  required
                  aria-describedby={state.fieldErrors?.confirmPassword ? "confirmPassword-error" : undefined}
                />
                <FieldError state={state} field="confirmPassword" />
              </div>
            </>
          )}
          <button type="submit" className="button" disabled={pending}>
            {submit}
          </button>
        </>
      )}
    </AdminForm>
  );
}
