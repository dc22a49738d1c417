"use client";
import { startTransition, useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/safe-action";
import { FormStatus } from "./form-status";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  children: (state: ActionState, pending: boolean) => ReactNode;
  className?: string;
  ariaLabel?: string;
};

/**
 * A form bound to a server action that keeps what the editor typed when the action returns an
 * error (a plain action form is reset by React after every submission).
 */
export function AdminForm({ action, children, className = "admin-form", ariaLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form
      action={formAction}
      aria-label={ariaLabel}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      <FormStatus state={state} />
      {children(state, pending)}
    </form>
  );
}
