import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { listSchedules } from "@/lib/db/schedules";
import { cancelSchedule, moveSchedule } from "@/lib/actions/schedules";
import { timeZoneOf, toZonedLocalInput } from "@/lib/time/zone";
import { AdminHeader } from "@/components/admin/admin-header";
import { ActionButton } from "@/components/admin/action-button";
import { MoveScheduleForm } from "@/components/admin/move-schedule-form";

/** What is scheduled to be published (that the editor may change), soonest first: move or cancel it. */
export default async function ScheduledPage({ params, searchParams }: PageProps<"/[locale]/admin/scheduled">) {
  const { locale } = await params;
  const query = await searchParams;
  const actor = await requireActor(locale);
  const t = await getTranslations("admin");
  const batches = await listSchedules(actor);
  const flash = query.scheduled ? t("schedule.scheduledFlash") : query.moved ? t("schedule.movedFlash") : query.cancelled ? t("schedule.cancelledFlash") : null;
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: "/admin", label: t("overview") }} />
      <h1>{t("schedule.listTitle")}</h1>
      {flash && (
        <p role="status" className="form-ok">
          {flash}
        </p>
      )}
      <p>{t("schedule.listIntro")}</p>
      {batches.length === 0 ? (
        <p>{t("schedule.empty")}</p>
      ) : (
        <table className="audit-table">
          <caption className="sr-only">{t("schedule.listTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("schedule.organisations")}</th>
              <th scope="col">{t("schedule.at")}</th>
              <th scope="col">{t("schedule.note")}</th>
              <th scope="col">{t("schedule.status")}</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((batch) => {
              const zone = timeZoneOf(batch.organisations[0]!.country);
              const name = batch.group?.name ?? batch.organisations.map((o) => o.name).join(", ");
              const at = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: zone }).format(batch.runAt);
              return (
                <tr key={batch.batchId}>
                  <th scope="row">
                    {batch.group && <strong>{batch.group.name}: </strong>}
                    {batch.organisations.map((o) => o.name).join(", ")}
                  </th>
                  <td>
                    <time dateTime={batch.runAt.toISOString()}>{at}</time> ({zone})
                  </td>
                  <td>
                    {batch.materialSummary && <strong>{t("schedule.materialLabel")}. </strong>}
                    {batch.changeNote}
                  </td>
                  <td>
                    {batch.status === "failed" ? (
                      t("schedule.failed", { reason: batch.failure ?? "" })
                    ) : (
                      <>
                        <p>{t("schedule.pending")}</p>
                        <MoveScheduleForm action={moveSchedule.bind(null, locale)} batchId={batch.batchId} value={toZonedLocalInput(batch.runAt, zone)} name={name} />
                        <ActionButton action={cancelSchedule.bind(null, locale)} fields={{ batchId: batch.batchId }} label={t("schedule.cancel")} context={name} variant="danger" />
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
