"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { AdminForm } from "../admin-form";
import { KeptInput } from "../no-script-answer";

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState>; organisation: { id: string; slug: string; requireApproval: boolean } };

/** Whether the organisation requires a second person's approval before publishing (its administrators decide). */
export function ApprovalRequirementForm({ action, organisation }: Props) {
  const t = useTranslations("admin.approval");
  return (
    <AdminForm action={action} className="admin-form" ariaLabel={t("requirement")}>
      {(_state, pending) => (
        <>
          <input type="hidden" name="organisationId" value={organisation.id} />
          <input type="hidden" name="slug" value={organisation.slug} />
          <div className="field">
            <KeptInput type="checkbox" id="require-approval" name="required" defaultChecked={organisation.requireApproval} aria-describedby="require-approval-hint" />
            <label htmlFor="require-approval">{t("requirement")}</label>
            <p id="require-approval-hint" className="hint">
              {t("requirementHint")}
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
