"use client";
import { usePathname } from "next/navigation";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/safe-action";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  /** Screen-reader text that says what the button acts on, e.g. the part's title. */
  context?: string;
  variant?: "primary" | "secondary" | "danger" | "link";
};

/** A one-button form for an action on something (override, hide, revert …); shows its error. */
export function ActionButton({ action, fields, label, context, variant = "secondary" }: Props) {
  // The page's own path is where the form posts without JavaScript (React would write `action=""`).
  const [state, formAction, pending] = useActionState(action, {}, usePathname());
  return (
    <form action={formAction} className="inline-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={variant === "link" ? "link-button" : `button button-${variant}`} disabled={pending}>
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
