"use client";
import type { ActionState } from "@/lib/actions/safe-action";
import { FieldError } from "./form-status";
import { useTypedValue } from "./no-script-answer";

type Props = {
  name: string;
  label: string;
  state: ActionState;
  defaultValue?: string;
  type?: "text" | "email" | "url" | "tel" | "color";
  hint?: string;
  multiline?: boolean;
  lang?: string;
  id?: string;
};

/** A labelled input whose error and hint are tied to it for screen readers. */
export function TextField({ name, label, state, defaultValue = "", type = "text", hint, multiline, lang, id = name }: Props) {
  const error = state.fieldErrors?.[name];
  // What was typed, when this page answers a post without JavaScript with an error.
  const shown = useTypedValue(name, defaultValue);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name, defaultValue: shown, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined, lang };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {multiline ? <textarea rows={4} {...common} /> : <input type={type} {...common} />}
      <FieldError state={state} field={name} />
    </div>
  );
}
