"use client";
import { usePathname } from "next/navigation";
import { startTransition, useActionState, useId, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/safe-action";
import { FORM_ID_FIELD } from "@/lib/forms/form-id";
import { FormStatus } from "./form-status";
import { TypedValuesProvider, useNoScriptAnswer } from "./no-script-answer";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  children: (state: ActionState, pending: boolean) => ReactNode;
  className?: string;
  ariaLabel?: string;
  /**
   * Where the form posts before JavaScript has loaded (or without it), and where the action's
   * answer is shown: the page's own path unless given. Without it React would write `action=""`.
   */
  permalink?: string;
  /** What the form shows before its first submission (an answer carried in the page's URL). */
  initialState?: ActionState;
};

/**
 * A form bound to a server action that keeps what the editor typed when the action returns an
 * error (a plain action form is reset by React after every submission).
 *
 * Posted before hydration or without JavaScript, the page that answers shows the same status and
 * errors, with what was typed (docs/decisions/0035-forms-without-javascript.md): the action
 * leaves its answer for this form (named by `useId`, the same in every render of the page), and
 * it becomes the form's first state.
 */
export function AdminForm({ action, children, className = "admin-form", ariaLabel, permalink, initialState = {} }: Props) {
  const pathname = usePathname();
  const formId = useId();
  const answer = useNoScriptAnswer(formId);
  const [state, formAction, pending] = useActionState(action, answer?.state ?? initialState, permalink ?? pathname);
  return (
    <form
      action={formAction}
      aria-label={ariaLabel}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        // With the button pressed, so a form with several (publish now / schedule) says which.
        const data = new FormData(event.currentTarget, event.nativeEvent.submitter);
        startTransition(() => formAction(data));
      }}
    >
      <input type="hidden" name={FORM_ID_FIELD} value={formId} />
      <FormStatus state={state} />
      {/* Fields' first values; constant, so React never resets what is typed later. */}
      <TypedValuesProvider values={answer?.values ?? null}>{children(state, pending)}</TypedValuesProvider>
    </form>
  );
}
