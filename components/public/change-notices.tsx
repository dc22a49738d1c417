/** @jsxImportSource preact */
import { summaryIn, type ChangeNotices as Notices, type MaterialSummary } from "@/lib/notice/change-notices";
import { timeZoneOf } from "@/lib/time/zone";
import { A } from "./a";
import { sitePaths } from "./links";
import { rich } from "./rich-message";
import { langIf, useView } from "./view";

type Props = { changes: Notices | undefined; slug: string; country: string };

/**
 * A material change told of on the public page, the activity pages and the embed: "Endret
 * 1. mars 2027: …" for a while after it took effect, and "Endres 1. mars 2027: …" from the moment
 * it is scheduled, each with a link to what changes (WP260, docs/decisions/0025). Dates are
 * the organisation's (its time zone).
 */
export function ChangeNotices({ changes, slug, country }: Props) {
  const view = useView();
  const { t, locale, format } = view;
  if (!changes || (!changes.changed && !changes.upcoming)) return null;
  const timeZone = timeZoneOf(country);
  const notice = (kind: "changed" | "upcoming", at: Date, summary: MaterialSummary, href: string, linkText: string) => {
    const text = summaryIn(summary, locale);
    if (!text) return null;
    return (
      <p class="change-notice" id={`${kind}-change`}>
        {rich(view, `changes.${kind}`, {
          date: () => <time datetime={at.toISOString()}>{format.dateTime(at, { dateStyle: "long", timeZone })}</time>,
          summary: () => <span {...langIf(text.lang, locale)}>{text.value}</span>,
        })}{" "}
        <A href={href}>{linkText}</A>
      </p>
    );
  };
  return (
    <>
      {changes.upcoming && notice("upcoming", changes.upcoming.at, changes.upcoming.summary, sitePaths.upcoming(locale, slug), t("changes.seeChanges"))}
      {changes.changed && notice("changed", changes.changed.at, changes.changed.summary, sitePaths.changes(locale, slug, changes.changed.versionNumber), t("changes.seeChange"))}
    </>
  );
}
