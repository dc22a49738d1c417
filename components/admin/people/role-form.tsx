"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import type { Role } from "@/lib/auth/roles";
import { AdminForm } from "../admin-form";
import { KeptSelect } from "../no-script-answer";

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState>; membershipId: string; role: Role; roles: Role[]; label: string };

/** Changes one role of one person on one organisation or group. */
export function RoleForm({ action, membershipId, role, roles, label }: Props) {
  const t = useTranslations("admin.people");
  const selectId = `role-${membershipId}`;
  return (
    <AdminForm action={action} className="inline-form" ariaLabel={label}>
      {(_state, pending) => (
        <>
          <input type="hidden" name="membershipId" value={membershipId} />
          <label htmlFor={selectId} className="sr-only">
            {label}
          </label>
          <KeptSelect id={selectId} name="role" defaultValue={role}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </KeptSelect>
          <button type="submit" className="button button-secondary" disabled={pending}>
            {t("saveRole")}
            <span className="sr-only"> – {label}</span>
          </button>
        </>
      )}
    </AdminForm>
  );
}
