/** WCAG 2.1 contrast ratio of a #rrggbb colour against white (links and borders sit on white). */
export function contrastWithWhite(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) return 0;
  const channel = (i: number) => {
    const c = parseInt(match[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return 1.05 / (luminance + 0.05);
}

/** AA for normal text. */
export const MIN_CONTRAST = 4.5;
