import { getTranslations } from "next-intl/server";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { cleanDeep } from "../content/clean-text";
import type { Locale } from "../content/schema";
import type { Actor } from "../auth/permissions";
import { getActor } from "../auth/session";
import { isDatabaseUnavailable } from "../db/unavailable";
import { rememberNoScriptAnswer } from "../forms/no-script-answer";
import { log } from "../log";

/** What a form shows after submitting: a message, per-field errors, or a conflict to resolve. */
export type ActionState = {
  ok?: boolean;
  message?: string;
  /** The saved row's new revision, for the next optimistic-locking check. */
  revision?: number;
  fieldErrors?: Record<string, string>;
  conflict?: { mine: unknown; theirs: unknown; theirRevision: number };
};

export type ActionContext = { actor: Actor; locale: Locale };

/** Thrown by handlers for a target that does not exist or that the actor may not touch. */
export class NotFoundOrForbidden extends Error {}

/** Messages that schemas' refinements name; each is a key in the "validation" messages. */
export const CUSTOM_MESSAGES = [
  "contrast",
  "origin",
  "defaultLocale",
  "required",
  // lib/organisations: slugs and organisation numbers; lib/actions/organisation-form.ts: where a notice starts.
  "slugFormat",
  "slugReserved",
  "organisationNumberLengthNO",
  "organisationNumberLengthDK",
  "organisationNumberChecksum",
  "startNeedsGroup",
  "memberStartsFromGroup",
] as const;
export type CustomMessage = (typeof CUSTOM_MESSAGES)[number];

type Translate = Awaited<ReturnType<typeof getTranslations<"validation">>>;

function fieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    if (out[field]) continue;
    switch (issue.code) {
      case "too_small":
        out[field] = issue.minimum === 1 ? t("required") : t("tooShort", { min: Number(issue.minimum) });
        break;
      case "too_big":
        out[field] = t("tooLong", { max: Number(issue.maximum) });
        break;
      case "invalid_format":
        out[field] = t(issue.format === "email" ? "email" : issue.format === "url" ? "url" : "format");
        break;
      case "custom":
        out[field] = CUSTOM_MESSAGES.includes(issue.message as CustomMessage) ? t(issue.message as CustomMessage) : t("invalid");
        break;
      default:
        out[field] = t("invalid");
    }
  }
  return out;
}

/**
 * The one way server actions are written: the locale is bound by the page, the input comes
 * from a form and is validated with zod, the actor must be signed in, and the handler gets
 * them in `ctx`. Handlers scope every query to the actor (lib/auth/scope.ts). A handler may
 * return more than ActionState (`Result`), e.g. an import's preview.
 *
 * Every failure comes back as a message in the form, which keeps what the editor typed
 * (components/admin/admin-form.tsx); none is thrown to the error page, which would lose it. A
 * database that does not answer (stopped, restarting, unreachable) gets its own message: nothing
 * was saved, nothing typed was lost, try again — saves are transactions, so none half happened.
 */
export function authedAction<Schema extends z.ZodType, Result extends ActionState = ActionState>(
  schema: Schema,
  read: (form: FormData) => unknown,
  handler: (input: z.infer<Schema>, ctx: ActionContext) => Promise<Result>,
) {
  // Posted without JavaScript, the answer is also left for the page the response renders.
  return async (locale: string, previous: ActionState, form: FormData): Promise<Result | ActionState> => rememberNoScriptAnswer(form, await run(locale, previous, form));

  async function run(locale: string, _previous: ActionState, form: FormData): Promise<Result | ActionState> {
    const safeLocale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
    const t = await getTranslations({ locale: safeLocale, namespace: "validation" });
    let actor: Awaited<ReturnType<typeof getActor>>;
    try {
      actor = await getActor(); // reads the session from the database
    } catch (error) {
      return failed(error, t, null);
    }
    if (!actor) return { message: t("signedOut") };
    // Someone who still has to choose a password or set up two-factor does nothing else first,
    // whatever action id they post to (the pages already send them there).
    if (actor.mustChangePassword || actor.mustSetUpTwoFactor) return { message: t("finishSignIn") };
    try {
      // Reading and validating are inside the try too: a malformed form never shows a stack trace.
      // Invisible control characters pasted from other programs are dropped from every text.
      const parsed = schema.safeParse(cleanDeep(read(form)));
      if (!parsed.success) return { message: t("fixErrors"), fieldErrors: fieldErrors(parsed.error, t) };
      return await handler(parsed.data, { actor, locale: safeLocale });
    } catch (error) {
      unstable_rethrow(error); // redirects and notFound() pass through
      if (error instanceof NotFoundOrForbidden) return { message: t("notFound") };
      return failed(error, t, actor.userId);
    }
  }
}

function failed(error: unknown, t: Translate, actor: string | null): ActionState {
  if (isDatabaseUnavailable(error)) {
    log.error("server action failed: the database does not answer", { error, actor });
    return { message: t("databaseUnavailable") };
  }
  log.error("server action failed", { error, actor });
  return { message: t("unexpected") };
}
