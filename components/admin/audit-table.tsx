import { getFormatter, getTranslations } from "next-intl/server";
import type { listAuditEvents } from "@/lib/db/audit";

type Events = Awaited<ReturnType<typeof listAuditEvents>>["items"];

const KNOWN_ACTIONS = ["part.update", "part.create", "part.delete", "part.replace", "part.append", "part.hide", "part.revert", "organisation.settings", "notice.publish", "record.import"] as const;

/** The audit log: who, when, what, and the stored before/after for anyone who needs the detail. */
export async function AuditTable({ events }: { events: Events }) {
  const t = await getTranslations("admin.auditPage");
  const format = await getFormatter();
  // The page's list summary says when there is nothing to show.
  if (events.length === 0) return null;
  return (
    <table className="audit-table">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("when")}</th>
          <th scope="col">{t("who")}</th>
          <th scope="col">{t("what")}</th>
          <th scope="col">{t("details")}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>
              <time dateTime={event.at.toISOString()}>{format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" })}</time>
            </td>
            <td>{event.user?.email ?? t("unknownUser")}</td>
            <td>{(KNOWN_ACTIONS as readonly string[]).includes(event.action) ? t(`actions.${event.action.replace(".", "_") as "part_update"}`) : event.action}</td>
            <td>
              <details>
                <summary>{t("beforeAfter")}</summary>
                <div className="audit-json">
                  <h3>{t("before")}</h3>
                  <pre>{event.before ? JSON.stringify(event.before, null, 2) : "—"}</pre>
                  <h3>{t("after")}</h3>
                  <pre>{event.after ? JSON.stringify(event.after, null, 2) : "—"}</pre>
                </div>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
