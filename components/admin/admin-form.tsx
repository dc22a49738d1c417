"use client";
import { usePathname } from "next/navigation";
import { startTransition, useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/safe-action";
import { FormStatus } from "./form-status";

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
 */
export function AdminForm({ action, children, className = "admin-form", ariaLabel, permalink, initialState = {} }: Props) {
  const pathname = usePathname();
  const [state, formAction, pending] = useActionState(action, initialState, permalink ?? pathname);
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
