/** @jsxImportSource preact */
import { subscriptionPaths } from "@/lib/mail/kinds/subscription";
import { useView } from "./view";

export type SubscribeFormState = { email?: string; error?: string };

/**
 * "Get told when this notice changes": a plain form posted to the subscribe route, the same for
 * every visitor (the notice page stays cacheable), with what is done with the address.
 */
export function SubscribeForm({ organisation, headingLevel = 2, state = {} }: { organisation: { slug: string; name: string }; headingLevel?: 1 | 2; state?: SubscribeFormState }) {
  const { t, locale } = useView();
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const errorId = "subscribe-email-error";
  return (
    <section class="subscribe no-print" aria-labelledby="subscribe-title">
      <Heading id="subscribe-title">{t("subscriptions.formHeading")}</Heading>
      <p>{t("subscriptions.formIntro", { organisation: organisation.name })}</p>
      <form method="post" action={subscriptionPaths.subscribe(locale, organisation.slug)} class="filter-form" novalidate>
        <div class="field">
          <label for="subscribe-email">{t("subscriptions.email")}</label>
          {state.error && (
            <p id={errorId} class="field-error">
              {state.error}
            </p>
          )}
          <input
            id="subscribe-email"
            name="email"
            type="email"
            autocomplete="email"
            required
            maxLength={254}
            value={state.email ?? ""}
            {...(state.error ? { "aria-invalid": "true", "aria-describedby": errorId } : {})}
          />
        </div>
        <button type="submit" class="button">
          {t("subscriptions.submit")}
        </button>
      </form>
      <p class="muted">{t("subscriptions.privacy")}</p>
    </section>
  );
}
