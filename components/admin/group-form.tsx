"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { AdminForm } from "./admin-form";
import { TextField } from "./text-field";

/** A new group: its name and address name. */
export function GroupForm({ action }: { action: (state: ActionState, form: FormData) => Promise<ActionState> }) {
  const t = useTranslations("admin.groupAdmin");
  return (
    <AdminForm action={action} className="admin-form narrow">
      {(state, pending) => (
        <>
          <TextField name="name" label={t("name")} state={state} />
          <TextField name="slug" label={t("slug")} hint={t("slugHint")} state={state} />
          <button type="submit" className="button" disabled={pending}>
            {t("create")}
          </button>
        </>
      )}
    </AdminForm>
  );
}

/** A group's new name (its address name stays). */
export function RenameGroupForm({ action, groupId, name }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; groupId: string; name: string }) {
  const t = useTranslations("admin.groupAdmin");
  return (
    <AdminForm action={action} className="admin-form narrow">
      {(state, pending) => (
        <>
          <input type="hidden" name="groupId" value={groupId} />
          <TextField name="name" label={t("name")} state={state} defaultValue={name} />
          <button type="submit" className="button button-secondary" disabled={pending}>
            {t("rename")}
          </button>
        </>
      )}
    </AdminForm>
  );
}
