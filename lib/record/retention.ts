import { parseIsoDuration } from "../content/duration";

/*
 * A fixed retention period as people write it in a record — "3 måneder", "5 år", "1 år og 6
 * måneder", "3,5 år", "30 dage", "ett år" — or as an ISO 8601 duration ("P5Y"). Stored as the
 * part editor stores it: one ISO unit of days, weeks, months or years ("P18M"), so that the
 * editor can show and save it.
 */

export const RETENTION_UNITS = ["days", "weeks", "months", "years"] as const;
export type RetentionUnit = (typeof RETENTION_UNITS)[number];
const CODES: Record<RetentionUnit, string> = { days: "D", weeks: "W", months: "M", years: "Y" };

/** Unit words in bokmål, nynorsk, Danish and English; none means another unit in another language. */
const UNIT_WORDS: Record<RetentionUnit | "shorter", string[]> = {
  days: ["dag", "dager", "dagar", "dage", "døgn", "døger", "day", "days"],
  weeks: ["uke", "uker", "veke", "veker", "uge", "uger", "week", "weeks"],
  months: ["måned", "måneder", "månad", "månader", "mnd", "mdr", "md", "month", "months"],
  years: ["år", "year", "years"],
  // Understood, so that "30 minutter" is told it needs a longer unit rather than that it is not a duration.
  shorter: ["time", "timer", "timar", "minutt", "minutter", "minut", "minutter", "sekund", "sekunder", "hour", "hours", "minute", "minutes", "second", "seconds"],
};

const NUMBER_WORDS: Record<string, number> = {
  en: 1,
  ett: 1,
  ei: 1,
  ein: 1,
  eitt: 1,
  et: 1,
  one: 1,
  a: 1,
  an: 1,
  to: 2,
  two: 2,
  tre: 3,
  three: 3,
  fire: 4,
  four: 4,
  fem: 5,
  five: 5,
  seks: 6,
  six: 6,
  sju: 7,
  syv: 7,
  seven: 7,
  åtte: 8,
  otte: 8,
  eight: 8,
  ni: 9,
  nine: 9,
  ti: 10,
  ten: 10,
  elleve: 11,
  eleven: 11,
  tolv: 12,
  twelve: 12,
};

const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
const UNIT_OF = new Map(Object.entries(UNIT_WORDS).flatMap(([unit, words]) => words.map((w) => [w, unit as RetentionUnit | "shorter"])));
const PART = new RegExp(`(\\d+(?:[.,]\\d+)?|${alternatives(Object.keys(NUMBER_WORDS))})\\s*(${alternatives([...UNIT_OF.keys()])})\\.?(?![\\p{L}\\p{N}])`, "gu");
const CONNECTORS = /^(?:[\s,+&]|og|and)*$/u;

export type RetentionResult = { iso: string | null } | { problem: "retention" | "retentionUnit" };

type Amounts = Partial<Record<RetentionUnit, number>>;

/** One unit for amounts of several: years and months as months, weeks and days as days. */
function toIso(amounts: Amounts): RetentionResult {
  const units = RETENTION_UNITS.filter((u) => amounts[u] !== undefined);
  if (units.length === 0) return { problem: "retention" };
  let unit: RetentionUnit;
  let amount: number;
  if (units.length === 1) {
    unit = units[0]!;
    amount = amounts[unit]!;
    if (!Number.isInteger(amount) && unit === "years") [unit, amount] = ["months", amount * 12];
    if (!Number.isInteger(amount) && unit === "weeks") [unit, amount] = ["days", amount * 7];
  } else if (units.every((u) => u === "years" || u === "months")) {
    [unit, amount] = ["months", (amounts.years ?? 0) * 12 + (amounts.months ?? 0)];
  } else if (units.every((u) => u === "weeks" || u === "days")) {
    [unit, amount] = ["days", (amounts.weeks ?? 0) * 7 + (amounts.days ?? 0)];
  } else return { problem: "retention" };
  // Rounding: 3.5 years is 42 months exactly, even though 3.5 * 12 is computed in floating point.
  const rounded = Math.round(amount * 1000) / 1000;
  if (!Number.isInteger(rounded) || rounded <= 0) return { problem: "retention" };
  return { iso: `P${rounded}${CODES[unit]}` };
}

export function parseRetention(cell: string): RetentionResult {
  const text = cell.trim().toLowerCase().replace(/\s+/g, " ");
  if (!text) return { iso: null };
  if (/^p/.test(text)) {
    const parts = parseIsoDuration(text.toUpperCase());
    if (!parts) return { problem: "retention" };
    if (parts.hours !== undefined || parts.minutes !== undefined) return { problem: "retentionUnit" };
    return toIso(parts);
  }
  const amounts: Amounts = {};
  let shorter = false;
  for (const match of text.matchAll(PART)) {
    const [, number, word] = match;
    const amount = NUMBER_WORDS[number!] ?? Number(number!.replace(",", "."));
    const unit = UNIT_OF.get(word!)!;
    if (unit === "shorter") shorter = true;
    else if (amounts[unit] !== undefined) return { problem: "retention" };
    else amounts[unit] = amount;
  }
  if (!CONNECTORS.test(text.replace(PART, ""))) return { problem: "retention" };
  if (shorter) return { problem: "retentionUnit" };
  return toIso(amounts);
}

/**
 * A stored period in words of the template's language ("5 år", "18 måneder"); `unitText` gives
 * "{count} {unit}" from the messages. A period the editor cannot hold (hours) stays as stored.
 */
export function formatRetention(iso: string | null, unitText: (unit: RetentionUnit, count: number) => string, and: string): string {
  if (!iso) return "";
  const parts = parseIsoDuration(iso);
  if (!parts || parts.hours !== undefined || parts.minutes !== undefined) return iso;
  const words = [...RETENTION_UNITS].reverse().flatMap((unit) => (parts[unit] !== undefined ? [unitText(unit, parts[unit]!)] : []));
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} ${and} ${words[words.length - 1]}` : (words[0] ?? iso);
}
