"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import type { Role } from "@/lib/auth/roles";
import { AdminForm } from "../admin-form";
import { TextField } from "../text-field";
import { KeptSelect } from "../no-script-answer";

type Place = { id: string; name: string };
type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  roles: Role[];
  organisations: Place[];
  groups: Place[];
  locales: { code: string; name: string }[];
  defaultLocale: string;
};

/** E-mail, role, organisation or group, and the language the invitation is written in. */
export function InviteForm({ action, roles, organisations, groups, locales, defaultLocale }: Props) {
  const t = useTranslations("admin.people");
  return (
    <AdminForm action={action} ariaLabel={t("inviteHeading")}>
      {(state, pending) => (
        <>
          <TextField name="email" id="invite-email" type="email" label={t("email")} state={state} />
          <div className="field">
            <label htmlFor="invite-role">{t("role")}</label>
            <KeptSelect id="invite-role" name="role" defaultValue="editor">
              {roles.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </KeptSelect>
          </div>
          <div className="field">
            <label htmlFor="invite-place">{t("place")}</label>
            <KeptSelect id="invite-place" name="place">
              {organisations.length > 0 && (
                <optgroup label={t("organisations")}>
                  {organisations.map((o) => (
                    <option key={o.id} value={`organisation:${o.id}`}>
                      {o.name}
                    </option>
                  ))}
                </optgroup>
              )}
              {groups.length > 0 && (
                <optgroup label={t("groups")}>
                  {groups.map((g) => (
                    <option key={g.id} value={`group:${g.id}`}>
                      {g.name}
                    </option>
                  ))}
                </optgroup>
              )}
            </KeptSelect>
          </div>
          <div className="field">
            <label htmlFor="invite-locale">{t("language")}</label>
            <KeptSelect id="invite-locale" name="locale" defaultValue={defaultLocale}>
              {locales.map((l) => (
                <option key={l.code} value={l.code} lang={l.code}>
                  {l.name}
                </option>
              ))}
            </KeptSelect>
          </div>
          <button type="submit" className="button" disabled={pending}>
            {t("invite")}
          </button>
        </>
      )}
    </AdminForm>
  );
}
