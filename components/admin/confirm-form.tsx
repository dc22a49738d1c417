"use client";
import type { ActionState } from "@/lib/actions/safe-action";
import { AdminForm } from "./admin-form";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  variant?: "primary" | "danger";
};

/** The confirmation of a change the page has just explained: one button, and the action's answer above it. */
export function ConfirmForm({ action, fields, label, variant = "primary" }: Props) {
  return (
    <AdminForm action={action} className="admin-form narrow">
      {(_state, pending) => (
        <>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className={variant === "danger" ? "button button-danger" : "button"} disabled={pending}>
            {label}
          </button>
        </>
      )}
    </AdminForm>
  );
}
