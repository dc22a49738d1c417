import { z } from "zod";

/**
 * Why a sign-in was refused: the same two answers whether or not the e-mail belongs to an
 * account. Without JavaScript the form's answer travels in the sign-in page's query string:
 * with Cache Components Next resumes the page's prerendered shell after a form post, and the
 * resume does not carry the action's result, so the action redirects back with it instead.
 */
export type SignInRefusal = { reason: "invalid" } | { reason: "expired" } | { reason: "sso" } | { reason: "throttled"; minutes: number };

const refusalSchema = z.discriminatedUnion("reason", [
  z.object({ reason: z.literal("invalid") }),
  // The second-factor step took too long (or was already used): sign in again.
  z.object({ reason: z.literal("expired") }),
  // Single sign-on did not let this person in (not invited, domain not mapped, or the provider said no).
  z.object({ reason: z.literal("sso") }),
  z.object({ reason: z.literal("throttled"), minutes: z.coerce.number().int().min(1).max(60) }),
]);

export function refusalQuery(refusal: SignInRefusal): string {
  return new URLSearchParams(refusal.reason === "throttled" ? { reason: refusal.reason, minutes: String(refusal.minutes) } : { reason: refusal.reason }).toString();
}

/** The sentence for a refusal, from the admin.signIn messages. */
export function refusalMessage(
  refusal: SignInRefusal,
  t: (key: "invalid" | "expired" | "ssoRefused" | "throttled" | "invalidCode", values?: { minutes: number }) => string,
  { code = false } = {},
): string {
  switch (refusal.reason) {
    case "throttled":
      return t("throttled", { minutes: refusal.minutes });
    case "expired":
      return t("expired");
    case "sso":
      return t("ssoRefused");
    case "invalid":
      return code ? t("invalidCode") : t("invalid");
  }
}

/** The refusal named in the sign-in page's query, or null (also for anything malformed). */
export function refusalFromQuery(query: Record<string, string | string[] | undefined>): SignInRefusal | null {
  const parsed = refusalSchema.safeParse(query);
  return parsed.success ? parsed.data : null;
}
