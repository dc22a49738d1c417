/** The parts of an ISO 8601 duration such as "P3M" or "P1Y6M"; null when it is not one. */
export type DurationParts = Partial<Record<"years" | "months" | "weeks" | "days" | "hours" | "minutes", number>>;

const ISO_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

export function parseIsoDuration(value: string): DurationParts | null {
  const match = ISO_DURATION.exec(value);
  if (!match || value === "P" || value.endsWith("T")) return null;
  const units = ["years", "months", "weeks", "days", "hours", "minutes"] as const;
  const parts: DurationParts = {};
  units.forEach((unit, i) => {
    const n = match[i + 1];
    if (n !== undefined) parts[unit] = Number(n);
  });
  return Object.keys(parts).length ? parts : null;
}
