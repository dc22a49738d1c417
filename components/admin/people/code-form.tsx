"use client";
import type { ActionState } from "@/lib/actions/safe-action";
import { AdminForm } from "../admin-form";
import { FieldError } from "../form-status";
import { KeptInput } from "../no-script-answer";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  label: string;
  hint?: string;
  submit: string;
  permalink?: string;
  initialState?: ActionState;
  /** Six digits only (setting up), or also a recovery code (signing in). */
  digitsOnly?: boolean;
};

/** One code from an authenticator app (or a recovery code): the one-time-code field browsers and password managers know. */
export function CodeForm({ action, label, hint, submit, permalink, initialState, digitsOnly }: Props) {
  return (
    <AdminForm action={action} className="admin-form narrow" permalink={permalink} initialState={initialState}>
      {(state, pending) => (
        <>
          <div className="field">
            <label htmlFor="code">{label}</label>
            {hint && (
              <p className="hint" id="code-hint">
                {hint}
              </p>
            )}
            <KeptInput
              id="code"
              name="code"
              autoComplete="one-time-code"
              inputMode={digitsOnly ? "numeric" : "text"}
              pattern={digitsOnly ? "[0-9]{6}" : undefined}
              maxLength={digitsOnly ? 6 : 64}
              required
              aria-describedby={[hint ? "code-hint" : "", state.fieldErrors?.code ? "code-error" : ""].filter(Boolean).join(" ") || undefined}
            />
            <FieldError state={state} field="code" />
          </div>
          <button type="submit" className="button" disabled={pending}>
            {submit}
          </button>
        </>
      )}
    </AdminForm>
  );
}
