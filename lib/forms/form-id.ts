/**
 * The hidden field that names which form on a page was posted (React's `useId`, the same in
 * every render of the same page), so a page with several forms shows an answer at the right one.
 */
export const FORM_ID_FIELD = "$KLARTEKST_FORM";

/** What a page shows at the form that was posted without JavaScript (lib/forms/no-script-answer.ts). */
export type NoScriptAnswer<State = unknown> = {
  formId: string;
  state: State;
  /** What was typed, by field name (all values of a name, in order), after an error only; passwords and codes left out. */
  values: Record<string, string[]> | null;
};
