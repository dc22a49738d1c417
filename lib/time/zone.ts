/*
 * Wall-clock times in an organisation's time zone. Editors enter a publishing time in a
 * datetime-local field ("2027-03-01T00:00"), which means that time where the organisation is,
 * whatever zone the server or the editor's browser is in; it is stored as an instant (UTC) and
 * shown again in the organisation's zone. Pure (Intl only), so the daylight-saving edges are
 * unit-tested (zone.test.ts).
 */

/** Each country's zone (Organisation.country is NO or DK). */
export const COUNTRY_TIME_ZONES = { NO: "Europe/Oslo", DK: "Europe/Copenhagen" } as const;
export type OrganisationTimeZone = (typeof COUNTRY_TIME_ZONES)[keyof typeof COUNTRY_TIME_ZONES];

/** The zone an organisation's times are entered and shown in. */
export function timeZoneOf(country: string): OrganisationTimeZone {
  return COUNTRY_TIME_ZONES[country as keyof typeof COUNTRY_TIME_ZONES] ?? COUNTRY_TIME_ZONES.NO;
}

/** What a datetime-local field sends: minutes, optionally seconds. */
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string) {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall clock in `zone` at an instant. */
function wallClockAt(instant: number, zone: string): WallClock {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

const asUtc = (c: WallClock) => Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);

/** How far ahead of UTC `zone` is at an instant, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  return asUtc(wallClockAt(Math.floor(instant / 1000) * 1000, zone)) - Math.floor(instant / 1000) * 1000;
}

export type ZonedParse =
  | { ok: true; instant: Date }
  /** "format": not a date and time; "nonexistent": skipped when the clocks went forward. */
  | { ok: false; reason: "format" | "nonexistent" };

/**
 * The instant a wall-clock time in `zone` names. A time skipped when the clocks go forward
 * (02:30 on the last Sunday of March in Oslo) names none and is refused, so an editor is never
 * given a moment they did not choose. A time that happens twice when they go back (02:30 on
 * the last Sunday of October) is the first of the two, in summer time: the earlier moment, so a
 * publish is never later than the editor could have meant.
 */
export function parseZonedLocal(value: string, zone: string): ZonedParse {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return { ok: false, reason: "format" };
  const [, y, mo, d, h, mi, s = "0"] = match;
  const wanted: WallClock = { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s) };
  const local = asUtc(wanted);
  // Date.UTC rolls over (month 13, 25:00, 30 February): such a value is not a date.
  const check = new Date(local);
  if (check.getUTCFullYear() !== wanted.year || check.getUTCMonth() + 1 !== wanted.month || check.getUTCDate() !== wanted.day || wanted.hour > 23 || wanted.minute > 59 || wanted.second > 59) {
    return { ok: false, reason: "format" };
  }
  // The zone's offset a day either side covers both offsets around any transition.
  const candidates = [...new Set([offsetAt(local - 86_400_000, zone), offsetAt(local, zone), offsetAt(local + 86_400_000, zone)])]
    .map((offset) => local - offset)
    .filter((instant) => asUtc(wallClockAt(instant, zone)) === local)
    .sort((a, b) => a - b);
  const first = candidates[0];
  return first === undefined ? { ok: false, reason: "nonexistent" } : { ok: true, instant: new Date(first) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** An instant as a datetime-local field's value in `zone` ("2027-03-01T00:00"), minutes only. */
export function toZonedLocalInput(instant: Date, zone: string): string {
  const c = wallClockAt(instant.getTime(), zone);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}
