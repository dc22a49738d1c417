"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { AdminForm } from "../admin-form";
import { KeptInput } from "../no-script-answer";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  /** What the action is about: the organisation's (or group's) id and slug. */
  fields: Record<string, string>;
  requireApproval: boolean;
  /** The hint under the box: an organisation's, or a group's (decision 0034). */
  hint?: string;
};

/** Whether the organisation (or group) requires a second person's approval before publishing (its administrators decide). */
export function ApprovalRequirementForm({ action, fields, requireApproval, hint }: Props) {
  const t = useTranslations("admin.approval");
  return (
    <AdminForm action={action} className="admin-form" ariaLabel={t("requirement")}>
      {(_state, pending) => (
        <>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="field">
            <KeptInput type="checkbox" id="require-approval" name="required" defaultChecked={requireApproval} aria-describedby="require-approval-hint" />
            <label htmlFor="require-approval">{t("requirement")}</label>
            <p id="require-approval-hint" className="hint">
              {hint ?? t("requirementHint")}
            </p>
          </div>
          <button type="submit" className="button button-secondary" disabled={pending}>
            {t("saveRequirement")}
          </button>
        </>
      )}
    </AdminForm>
  );
}
