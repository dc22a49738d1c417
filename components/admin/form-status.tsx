import type { ActionState } from "@/lib/actions/safe-action";

/** The form-level message of an action, announced to screen readers. */
export function FormStatus({ state, id }: { state: ActionState; id?: string }) {
  if (!state.message) return null;
  return (
    <p id={id} role={state.ok ? "status" : "alert"} className={state.ok ? "form-ok" : "form-error"}>
      {state.message}
    </p>
  );
}

export function FieldError({ state, field }: { state: ActionState; field: string }) {
  const error = state.fieldErrors?.[field];
  return error ? (
    <p id={`${field}-error`} className="field-error">
      {error}
    </p>
  ) : null;
}
