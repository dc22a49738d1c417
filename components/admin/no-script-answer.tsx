"use client";
import { createContext, useContext, type ComponentProps, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/safe-action";
import type { NoScriptAnswer } from "@/lib/forms/form-id";

const AnswerContext = createContext<NoScriptAnswer<ActionState> | null>(null);
const TypedValuesContext = createContext<Record<string, string[]> | null>(null);

/**
 * Gives the admin's forms the answer of a form posted without JavaScript (the admin layout reads
 * it on the server): in the page's HTML and in the props React hydrates, so both agree.
 */
export function NoScriptAnswerProvider({ answer, children }: { answer: NoScriptAnswer<ActionState> | null; children: ReactNode }) {
  return <AnswerContext.Provider value={answer}>{children}</AnswerContext.Provider>;
}

/** The answer meant for the form with this id, if this page is the answer to posting it. */
export function useNoScriptAnswer(formId: string) {
  const answer = useContext(AnswerContext);
  return answer?.formId === formId ? answer : null;
}

/** Within a form: what was typed before the post that the page answers with an error. */
export function TypedValuesProvider({ values, children }: { values: Record<string, string[]> | null; children: ReactNode }) {
  return <TypedValuesContext.Provider value={values}>{children}</TypedValuesContext.Provider>;
}

/** What the field `name` shows first: what was typed into it before an error, else `fallback`. */
export function useTypedValue(name: string, fallback: string): string {
  return useContext(TypedValuesContext)?.[name]?.[0] ?? fallback;
}

/**
 * An admin form's <input> (not hidden ones: those carry what the page says): after an error
 * answered without JavaScript, it starts as it was posted.
 */
export function KeptInput(props: ComponentProps<"input"> & { name: string }) {
  const typed = useContext(TypedValuesContext);
  if (!typed) return <input {...props} />;
  if (props.type === "checkbox" || props.type === "radio") {
    return <input {...props} defaultChecked={(typed[props.name] ?? []).includes(String(props.value ?? "on"))} />;
  }
  return <input {...props} defaultValue={typed[props.name]?.[0] ?? props.defaultValue} />;
}

/** An admin form's <select>: after an error answered without JavaScript, on what was posted. */
export function KeptSelect(props: ComponentProps<"select"> & { name: string }) {
  const typed = useContext(TypedValuesContext)?.[props.name];
  return <select {...props} defaultValue={props.multiple ? (typed ?? props.defaultValue) : (typed?.[0] ?? props.defaultValue)} />;
}

/** An admin form's <textarea>: after an error answered without JavaScript, with what was typed. */
export function KeptTextarea(props: ComponentProps<"textarea"> & { name: string }) {
  const typed = useContext(TypedValuesContext)?.[props.name]?.[0];
  return <textarea {...props} defaultValue={typed ?? props.defaultValue} />;
}
