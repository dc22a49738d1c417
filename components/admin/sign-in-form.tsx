"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/safe-action";
import { FormStatus } from "./form-status";

type Labels = { email: string; password: string; submit: string };

export function SignInForm({ action, labels }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="admin-form narrow">
      <FormStatus state={state} />
      <div className="field">
        <label htmlFor="email">{labels.email}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor="password">{labels.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
