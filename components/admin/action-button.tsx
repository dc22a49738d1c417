"use client";
import { usePathname } from "next/navigation";
import { useActionState, useId } from "react";
import type { ActionState } from "@/lib/actions/safe-action";
import { FORM_ID_FIELD } from "@/lib/forms/form-id";
import { useNoScriptAnswer } from "./no-script-answer";

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
  // The page's own path is where the form posts without JavaScript (React would write `action=""`),
  // and the page answers with this button's error there (components/admin/admin-form.tsx).
  const formId = useId();
  const answer = useNoScriptAnswer(formId);
  const [state, formAction, pending] = useActionState(action, answer?.state ?? {}, usePathname());
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name={FORM_ID_FIELD} value={formId} />
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
