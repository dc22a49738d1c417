import type { ActionState } from "../actions/safe-action";
import { answerSlot } from "./answer-scope.mjs";
import { FORM_ID_FIELD, type NoScriptAnswer } from "./form-id";

/** Never sent back into a page: secrets stay in the request they were typed in. */
const SECRET_FIELD = /password|passord|code|secret|token/i;

/** What was typed into a posted form, without React's own fields, files and secrets. */
export function typedValues(form: FormData): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION") || name === FORM_ID_FIELD || SECRET_FIELD.test(name)) continue;
    (values[name] ??= []).push(value);
  }
  return values;
}

/**
 * Leaves an action's answer for the page the same response renders, when the form was posted
 * without JavaScript (server.mjs then gives the request a slot; otherwise this does nothing:
 * React gives the answer to the form itself).
 */
export function rememberNoScriptAnswer<State extends ActionState>(form: FormData, state: State): State {
  const slot = answerSlot();
  const formId = form.get(FORM_ID_FIELD);
  if (slot && typeof formId === "string") slot.answer = { formId, state, values: state.ok ? null : typedValues(form) } satisfies NoScriptAnswer<State>;
  return state;
}

/** The answer of the action this request ran without JavaScript, if any. */
export function noScriptAnswer(): NoScriptAnswer<ActionState> | null {
  return (answerSlot()?.answer as NoScriptAnswer<ActionState> | undefined) ?? null;
}
