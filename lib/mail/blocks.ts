/**
 * What a mail says, between its heading and its footer: the same blocks become the HTML part
 * (lib/mail/layout.tsx) and the plain-text part (lib/mail/text.ts), so the two never differ.
 * Texts are plain strings (already translated, values filled in); they are escaped in HTML.
 */
export type MailBlock =
  | { kind: "paragraph"; text: string }
  /** Smaller, quieter text: expiry times, "you can ignore this mail", … */
  | { kind: "note"; text: string }
  /** The one thing to do, as a button with the address written out beside it. `url` is absolute http(s). */
  | { kind: "action"; label: string; url: string };
