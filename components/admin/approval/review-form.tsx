"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { AdminForm } from "../admin-form";
import { TextField } from "../text-field";

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState>; fields: Record<string, string> };

/** The approver's decision on a review: approve, or send back with a comment for the editor. */
export function ReviewForm({ action, fields }: Props) {
  const t = useTranslations("admin.approval");
  return (
    <AdminForm action={action} ariaLabel={t("decide")}>
      {(state, pending) => (
        <>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <TextField name="comment" label={t("comment")} hint={t("commentHint")} state={state} multiline />
          <div className="button-row">
            <button type="submit" name="decision" value="approve" className="button button-primary" disabled={pending}>
              {t("approve")}
            </button>
            <button type="submit" name="decision" value="reject" className="button button-secondary" disabled={pending}>
              {t("sendBack")}
            </button>
          </div>
        </>
      )}
    </AdminForm>
  );
}
