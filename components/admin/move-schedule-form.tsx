"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { AdminForm } from "./admin-form";
import { FieldError } from "./form-status";
import { KeptInput } from "./no-script-answer";

/** Moves one scheduled batch: a datetime-local field in the organisation's zone, prefilled. */
export function MoveScheduleForm({ action, batchId, value, name }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; batchId: string; value: string; name: string }) {
  const s = useTranslations("admin.schedule");
  const id = `runAt-${batchId}`;
  return (
    <AdminForm action={action} className="inline-form">
      {(state, pending) => (
        <>
          <input type="hidden" name="batchId" value={batchId} />
          <label htmlFor={id}>{s("moveLabel", { name })}</label>{" "}
          <KeptInput
            id={id}
            name="runAt"
            type="datetime-local"
            defaultValue={value}
            aria-invalid={state.fieldErrors?.runAt ? true : undefined}
            aria-describedby={state.fieldErrors?.runAt ? "runAt-error" : undefined}
          />{" "}
          <button type="submit" className="button button-secondary" disabled={pending}>
            {s("move")}
          </button>
          <FieldError state={state} field="runAt" />
        </>
      )}
    </AdminForm>
  );
}
