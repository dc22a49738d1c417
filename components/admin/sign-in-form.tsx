"use client";
import type { ActionState } from "@/lib/actions/safe-action";
import { AdminForm } from "./admin-form";
import { KeptInput } from "./no-script-answer";

type Labels = { email: string; password: string; submit: string };

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState>; labels: Labels; permalink: string; initialState: ActionState };

/** Works without JavaScript too: it posts to the sign-in page itself (`permalink`), which shows the answer (`initialState`). */
export function SignInForm({ action, labels, permalink, initialState }: Props) {
  return (
    <AdminForm action={action} className="admin-form narrow" permalink={permalink} initialState={initialState}>
      {(_state, pending) => (
        <>
          <div className="field">
            <label htmlFor="email">{labels.email}</label>
            <KeptInput id="email" name="email" type="email" autoComplete="username" required />
          </div>
          <div className="field">
            <label htmlFor="password">{labels.password}</label>
            <KeptInput id="password" name="password" type="password" autoComplete="current-password" required />
          </div>
          <button type="submit" className="button" disabled={pending}>
            {labels.submit}
          </button>
        </>
      )}
    </AdminForm>
  );
}
