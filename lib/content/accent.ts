import { contrastWithWhite, MIN_CONTRAST } from "./contrast";

export const DEFAULT_ACCENT = "#1f4e8c";

/** The organisation's accent if it is a #rrggbb colour that links can use on white (WCAG AA). */
export function accentColour(value: string): string {
  return /^#[0-9a-f]{6}$/i.test(value) && contrastWithWhite(value) >= MIN_CONTRAST ? value.toLowerCase() : DEFAULT_ACCENT;
}
