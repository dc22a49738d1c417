"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import type { AddedEndpointState } from "@/lib/actions/webhooks";
import { AdminForm } from "./admin-form";
import { FieldError } from "./form-status";
import { KeptInput } from "./no-script-answer";

/** Adds an endpoint, then shows its signing secret this one time. */
export function WebhookForm({ action, organisationId }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; organisationId: string }) {
  const t = useTranslations("admin.webhooks");
  return (
    <AdminForm action={action} className="admin-form narrow">
      {(state, pending) => {
        const added = state as AddedEndpointState;
        return (
          <>
            {added.secret && (
              <div className="form-ok" role="region" aria-label={t("secretLabel")}>
                <p>{t("secretOnce", { url: added.url ?? "" })}</p>
                <p>
                  <code data-testid="webhook-secret">{added.secret}</code>
                </p>
              </div>
            )}
            <input type="hidden" name="organisationId" value={organisationId} />
            <div className="field">
              <label htmlFor="webhook-url">{t("url")}</label>
              <p id="webhook-url-hint" className="hint">
                {t("urlHint")}
              </p>
              <FieldError state={state} field="url" />
              <KeptInput
                id="webhook-url"
                name="url"
                type="url"
                required
                inputMode="url"
                autoComplete="off"
                aria-invalid={state.fieldErrors?.url ? true : undefined}
                aria-describedby={state.fieldErrors?.url ? "webhook-url-hint url-error" : "webhook-url-hint"}
              />
            </div>
            <button type="submit" className="button" disabled={pending}>
              {t("add")}
            </button>
          </>
        );
      }}
    </AdminForm>
  );
}
