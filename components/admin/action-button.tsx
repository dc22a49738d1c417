"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/safe-action";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  /** Screen-reader text that says what the button acts on, e.g. the part's title. */
  context?: string;
  variant?: "primary" | "secondary" | "danger";
};

/** A one-button form for an action on something (override, hide, revert …); shows its error. */
export function ActionButton({ action, fields, label, context, variant = "secondary" }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={`button button-${variant}`} disabled={pending}>
        {label}
        {context && <span className="sr-only"> – {context}</span>}
      </button>
      {state.message && !state.ok && (
        <span role="alert" className="field-error">
          {state.message}
        </span>
      )}
    </form>
  );
}
