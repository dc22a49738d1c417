/** @jsxImportSource preact */
import { sitePaths } from "../links";
import { SiteDocument } from "../site-document";
import { SubscribeForm, type SubscribeFormState } from "../subscribe-form";
import { useView } from "../view";
import { pageTitle } from "./title";

export type SubscriptionMessage = {
  title: string;
  text: string;
  organisation: { slug: string; name: string };
  /** A button that posts to `action` (confirming, unsubscribing): a GET of a mailed link never changes anything. */
  button?: { action: string; label: string; fields?: Record<string, string> };
};

/** A step of subscribing or unsubscribing: what happened or what to do, and the way back to the notice. */
export function SubscriptionMessagePage({ message, styles }: { message: SubscriptionMessage; styles: string[] }) {
  const { t, locale } = useView();
  const { title, text, organisation, button } = message;
  return (
    <SiteDocument styles={styles} head={{ title: pageTitle(t, `${title} – ${organisation.name}`), noindex: true }}>
      <div class="container page">
        <p class="org-name">{organisation.name}</p>
        <h1>{title}</h1>
        <p>{text}</p>
        {button && (
          <form method="post" action={button.action}>
            {Object.entries(button.fields ?? {}).map(([name, value]) => (
              <input type="hidden" name={name} value={value} />
            ))}
            <button type="submit" class="button">
              {button.label}
            </button>
          </form>
        )}
        <p>
          <a href={sitePaths.notice(locale, organisation.slug)}>{t("subscriptions.backToNotice")}</a>
        </p>
      </div>
    </SiteDocument>
  );
}

/** The subscribe form on a page of its own: where a form with a mistake comes back, with the mistake said. */
export function SubscribeFormPage({ organisation, state, styles }: { organisation: { slug: string; name: string }; state: SubscribeFormState; styles: string[] }) {
  const { t, locale } = useView();
  return (
    <SiteDocument styles={styles} head={{ title: pageTitle(t, `${state.error ? `${t("subscriptions.errorSummary")}: ` : ""}${t("subscriptions.formHeading")} – ${organisation.name}`), noindex: true }}>
      <div class="container page">
        <p class="org-name">{organisation.name}</p>
        <SubscribeForm organisation={organisation} headingLevel={1} state={state} />
        <p>
          <a href={sitePaths.notice(locale, organisation.slug)}>{t("subscriptions.backToNotice")}</a>
        </p>
      </div>
    </SiteDocument>
  );
}
