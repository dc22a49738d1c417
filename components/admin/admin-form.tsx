"use client";
import { startTransition, useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/safe-action";
import { FormStatus } from "./form-status";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  children: (state: ActionState, pending: boolean) => ReactNode;
  className?: string;
  ariaLabel?: string;
  /**
   * The page's own path, where the form posts before JavaScript has loaded (or without it): the
   * form gets it as its action, and the action's answer is shown on that page.
   */
  permalink?: string;
  /** What the form shows before its first submission (an answer carried in the page's URL). */
  initialState?: ActionState;
};

/**
 * A form bound to a server action that keeps what the editor typed when the action returns an
 * error (a plain action form is reset by React after every submission).
 */
export function AdminForm({ action, children, className = "admin-form", ariaLabel, permalink, initialState = {} }: Props) {
  const [state, formAction, pending] = useActionState(action, initialState, permalink);
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
      <FormStatus state={state} />
      {children(state, pending)}
    </form>
  );
}
