/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";

/** Words longer than this get break opportunities; real words and most web addresses are shorter. */
const LONG = 60;
const STEP = 30;

/**
 * Text with a <wbr> every 30 characters inside any word over 60 characters. Browsers can then
 * wrap such a word cheaply; without them a pasted 20 000-character "word" costs a phone seconds
 * of layout (overflow-wrap has to search it for every line).
 */
export function breakable(text: string): ComponentChildren {
  if (!new RegExp(`\\S{${LONG + 1}}`).test(text)) return text;
  return text.split(/(\s+)/).map((part) => {
    if (part.length <= LONG || /^\s/.test(part)) return part;
    const pieces: ComponentChildren[] = [];
    for (let i = 0; i < part.length; i += STEP) {
      if (i > 0) pieces.push(<wbr />);
      pieces.push(part.slice(i, i + STEP));
    }
    return <>{pieces}</>;
  });
}
