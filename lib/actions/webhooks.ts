"use server";
// An organisation's webhook endpoints: add (the secret is shown once), remove, send a test event.
import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { authSecret } from "../auth/auth";
import { addWebhookEndpoint, queueTestEvent, removeWebhookEndpoint } from "../db/webhooks";
import { endpointProblem } from "../webhooks/endpoint-url";
import { authedAction, NotFoundOrForbidden, type ActionState } from "./safe-action";

const id = z.string().min(1).max(100);

/** What the add form shows after saving: the secret, this once. */
export type AddedEndpointState = ActionState & { secret?: string; url?: string };

export const addEndpoint = authedAction(
  z.object({ organisationId: id, url: z.string().trim().min(1).max(2000) }),
  (form) => ({ organisationId: form.get("organisationId"), url: form.get("url") }),
  async (input, { actor, locale }): Promise<AddedEndpointState> => {
    const t = await getTranslations({ locale, namespace: "admin.webhooks" });
    const problem = endpointProblem(input.url);
    if (problem) return { message: t("fixUrl"), fieldErrors: { url: t(`urlProblem.${problem}`) } };
    const added = await addWebhookEndpoint(actor, input, await authSecret());
    if (!added) throw new NotFoundOrForbidden();
    refresh();
    return { ok: true, message: t("added"), secret: added.secret, url: added.url };
  },
);

export const removeEndpoint = authedAction(
  z.object({ endpointId: id }),
  (form) => ({ endpointId: form.get("endpointId") }),
  async ({ endpointId }, { actor, locale }): Promise<ActionState> => {
    if (!(await removeWebhookEndpoint(actor, endpointId))) throw new NotFoundOrForbidden();
    refresh();
    return { ok: true, message: (await getTranslations({ locale, namespace: "admin.webhooks" }))("removed") };
  },
);

export const sendTestEvent = authedAction(
  z.object({ endpointId: id }),
  (form) => ({ endpointId: form.get("endpointId") }),
  async ({ endpointId }, { actor, locale }): Promise<ActionState> => {
    if (!(await queueTestEvent(actor, endpointId))) throw new NotFoundOrForbidden();
    refresh();
    return { ok: true, message: (await getTranslations({ locale, namespace: "admin.webhooks" }))("testQueued") };
  },
);
