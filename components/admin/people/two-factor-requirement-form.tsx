"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { AdminForm } from "../admin-form";
import { KeptInput } from "../no-script-answer";

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState>; organisation: { id: string; name: string; requireTwoFactor: boolean } };

/** Whether an organisation requires two-factor sign-in of its editors and administrators. */
export function TwoFactorRequirementForm({ action, organisation }: Props) {
  const t = useTranslations("admin.people");
  const id = `require-${organisation.id}`;
  return (
    <AdminForm action={action} className="inline-form" ariaLabel={t("requireTwoFactor", { organisation: organisation.name })}>
      {(_state, pending) => (
        <>
          <input type="hidden" name="organisationId" value={organisation.id} />
          <KeptInput type="checkbox" id={id} name="required" defaultChecked={organisation.requireTwoFactor} />
          <label htmlFor={id}>{t("requireTwoFactor", { organisation: organisation.name })}</label>
          <button type="submit" className="button button-secondary" disabled={pending}>
            {t("saveTwoFactor")}
            <span className="sr-only"> – {organisation.name}</span>
          </button>
        </>
      )}
    </AdminForm>
  );
}
