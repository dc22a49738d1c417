import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { findWebhookOrganisation } from "@/lib/db/webhooks";
import { addEndpoint, removeEndpoint, sendTestEvent } from "@/lib/actions/webhooks";
import { AdminHeader } from "@/components/admin/admin-header";
import { ActionButton } from "@/components/admin/action-button";
import { WebhookForm } from "@/components/admin/webhook-form";

/** An organisation's webhook endpoints, each with a test button and its delivery log (docs/decisions/0033). */
export default async function WebhooksPage({ params }: PageProps<"/[locale]/admin/organisations/[slug]/webhooks">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const organisation = await findWebhookOrganisation(actor, slug);
  if (!organisation) notFound();
  const t = await getTranslations("admin.webhooks");
  const ta = await getTranslations("admin");
  const format = await getFormatter();
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: `/admin/organisations/${slug}`, label: ta("backToOrganisation") }} />
      <h1>{t("heading", { organisation: organisation.name })}</h1>
      <p>{t("intro")}</p>
      <p>{t("signing")}</p>
      <pre className="code-block">
        <code>{'Klartekst-Signature: t=1764158400,v1=<hex HMAC-SHA256(secret, t + "." + body)>'}</code>
      </pre>

      <section aria-labelledby="add-title">
        <h2 id="add-title">{t("addHeading")}</h2>
        <WebhookForm action={addEndpoint.bind(null, locale)} organisationId={organisation.id} />
      </section>

      <section aria-labelledby="endpoints-title">
        <h2 id="endpoints-title">{t("endpointsHeading")}</h2>
        {organisation.webhookEndpoints.length === 0 && <p>{t("none")}</p>}
        {organisation.webhookEndpoints.map((endpoint, index) => (
          <section key={endpoint.id} aria-labelledby={`endpoint-${index}`} className="webhook-endpoint">
            <h3 id={`endpoint-${index}`}>
              <code>{endpoint.url}</code>
            </h3>
            <div className="button-row">
              <ActionButton action={sendTestEvent.bind(null, locale)} fields={{ endpointId: endpoint.id }} label={t("sendTest")} context={endpoint.url} />
              <ActionButton action={removeEndpoint.bind(null, locale)} fields={{ endpointId: endpoint.id }} label={t("remove")} context={endpoint.url} variant="danger" />
            </div>
            {endpoint.deliveries.length === 0 ? (
              <p>{t("noDeliveries")}</p>
            ) : (
              <table className="audit-table">
                <caption>{t("logCaption", { url: endpoint.url })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("when")}</th>
                    <th scope="col">{t("event")}</th>
                    <th scope="col">{t("status")}</th>
                    <th scope="col">{t("response")}</th>
                    <th scope="col">{t("attempts")}</th>
                  </tr>
                </thead>
                <tbody>
                  {endpoint.deliveries.map((delivery) => (
                    <tr key={delivery.id}>
                      <td>
                        <time dateTime={(delivery.lastAttemptAt ?? delivery.createdAt).toISOString()}>
                          {format.dateTime(delivery.lastAttemptAt ?? delivery.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                        </time>
                      </td>
                      <td>
                        {delivery.event}
                        <br />
                        <code>{delivery.eventId}</code>
                      </td>
                      <td>{t(`statuses.${delivery.status as "pending" | "delivered" | "failed"}`)}</td>
                      <td>
                        {delivery.responseStatus ?? "–"}
                        {delivery.error ? ` (${delivery.error})` : ""}
                      </td>
                      <td>{delivery.attempts}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
      </section>
    </>
  );
}
