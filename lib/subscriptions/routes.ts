import { after } from "next/server";
import { z } from "zod";
import { authSecret } from "../auth/auth";
import { cleanLine } from "../content/clean-text";
import { LIMIT_RULES, subscribeLimit, subscriptionMailLimit } from "../auth/sign-in-limits";
import { requestClientAddress } from "../auth/request-address";
import { signInLimitStore } from "../db/sign-in-limits";
import { confirmSubscription, requestSubscription, unsubscribe } from "../db/subscriptions";
import { publicOrigin } from "../http/public-origin";
import { checkOrigin } from "../http/request-guard.mjs";
import { subscriptionConfirmMail, subscriptionPaths } from "../mail/kinds/subscription";
import { sendMail } from "../mail/send";
import { gonePage, notFoundPage, subscribableNotice, subscribeFormPage, subscriptionMessagePage, type RenderedPage } from "../public/pages";
import { intlFor } from "../public/i18n";
import { pageResponse } from "../public/respond";
import { isTokenShaped } from "./tokens";

/*
 * The public side of subscriptions (docs/decisions/0032-subscriptions.md): plain HTML forms
 * posted to route handlers, so it all works without JavaScript. The routes in app/ only call these.
 *
 * - POST …/subscribe: the same answer (303 to "check your mail") whether the address was new,
 *   waiting for confirmation or confirmed already; the mail goes out after the answer, so its
 *   time says nothing either.
 * - …/subscribe/confirm?token= and …/unsubscribe?token=: a GET shows a button and changes
 *   nothing (mail scanners follow links); the POST does it. The unsubscribe POST is RFC 8058's
 *   one-click: mail programs send `List-Unsubscribe=One-Click` without any page.
 */

/** Pages with a token in their address: never stored by a cache, never sent on as a Referer. */
const PRIVATE = "private, no-store";

type Subscribable = NonNullable<Awaited<ReturnType<typeof subscribableNotice>>>;

async function privatePage(page: RenderedPage): Promise<Response> {
  const response = await pageResponse(page, { cacheControl: PRIVATE });
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}

/** A form posted from another site's page: refused (server.mjs refuses it first; this holds without it). */
function foreignOrigin(request: Request): boolean {
  const headers = { origin: request.headers.get("origin") ?? undefined, host: request.headers.get("host") ?? undefined };
  return checkOrigin({ headers }, publicOrigin()) !== null;
}

/** The same page with another status (400 for a form with a mistake, 429 when held back). */
const withStatus = async (response: Promise<Response>, status: number) => {
  const r = await response;
  return new Response(r.body, { status, headers: r.headers });
};

const forbidden = () => new Response("Forbidden", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

const emailSchema = z.object({ email: z.string().trim().max(254).pipe(z.email()) });

async function readForm(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

/**
 * The notice to subscribe to, or the answer instead: an archived organisation's 410 Gone page
 * (it will publish no more changes to be told about), or the 404 page when nothing is published.
 * Unsubscribing stays open: whoever subscribed can always leave.
 */
async function noticeToSubscribe(locale: string, slug: string): Promise<Subscribable | Response> {
  const gone = await gonePage(locale, slug);
  if (gone) return pageResponse(gone, { cacheControl: "no-store" });
  return (await subscribableNotice(locale, slug)) ?? pageResponse(notFoundPage(locale));
}

export async function subscribeForm(locale: string, slug: string): Promise<Response> {
  const notice = await noticeToSubscribe(locale, slug);
  if (notice instanceof Response) return notice;
  return pageResponse(subscribeFormPage(notice, {}));
}

export async function subscribe(request: Request, locale: string, slug: string): Promise<Response> {
  if (foreignOrigin(request)) return forbidden();
  const notice = await noticeToSubscribe(locale, slug);
  if (notice instanceof Response) return notice;
  const form = await readForm(request);
  const typed = form?.get("email");
  const parsed = emailSchema.safeParse({ email: typed });
  const { t } = intlFor(notice.locale);
  if (!parsed.success) {
    // What was typed comes back in the field, without characters HTML cannot carry.
    const page = subscribeFormPage(notice, { email: typeof typed === "string" ? cleanLine(typed.slice(0, 254)) : "", error: t("subscriptions.invalidEmail") });
    return withStatus(pageResponse(page, { cacheControl: "no-store" }), 400);
  }
  const allowed = await signInLimitStore().claim(subscribeLimit(requestClientAddress(request.headers)), LIMIT_RULES.subscribe, new Date());
  if (!allowed) {
    const page = subscriptionMessagePage(notice, (tr) => ({ title: tr("subscriptions.tooManyTitle"), text: tr("subscriptions.tooManyText") }));
    const response = await withStatus(pageResponse(page, { cacheControl: "no-store" }), 429);
    response.headers.set("Retry-After", "600");
    return response;
  }
  const outcome = await requestSubscription({ slug: notice.organisation.slug, email: parsed.data.email, locale: notice.locale, serverSecret: await authSecret() });
  // The answer is the same whether or not a mail goes out: it says nothing about the mailbox.
  if (outcome?.confirm && (await signInLimitStore().claim(subscriptionMailLimit(parsed.data.email), LIMIT_RULES.subscriptionMail, new Date()))) {
    const mail = subscriptionConfirmMail({ to: parsed.data.email, locale: notice.locale, organisation: outcome.organisation, token: outcome.confirm.token });
    after(() => sendMail(mail));
  }
  // A path, not an absolute URL: the page's `form-action 'self'` covers the redirect too, and
  // the form was posted to this origin.
  return new Response(null, { status: 303, headers: { Location: subscriptionPaths.sent(notice.locale, notice.organisation.slug), "Cache-Control": "no-store" } });
}

export async function subscribeSent(locale: string, slug: string): Promise<Response> {
  const notice = await noticeToSubscribe(locale, slug);
  if (notice instanceof Response) return notice;
  return pageResponse(
    subscriptionMessagePage(notice, (t) => ({ title: t("subscriptions.sentTitle"), text: t("subscriptions.sentText", { organisation: notice.organisation.name }) })),
    { cacheControl: "no-store" },
  );
}

const tokenOf = (request: Request) => new URL(request.url).searchParams.get("token");

export async function confirmButton(request: Request, locale: string, slug: string): Promise<Response> {
  const notice = await noticeToSubscribe(locale, slug);
  if (notice instanceof Response) return notice;
  const token = tokenOf(request);
  if (!isTokenShaped(token)) return privatePage(invalidLink(notice));
  return privatePage(
    subscriptionMessagePage(notice, (t) => ({
      title: t("subscriptions.confirmTitle"),
      text: t("subscriptions.confirmText"),
      button: { action: subscriptionPaths.confirm(notice.locale, notice.organisation.slug, token), label: t("subscriptions.confirmButton") },
    })),
  );
}

export async function confirm(request: Request, locale: string, slug: string): Promise<Response> {
  if (foreignOrigin(request)) return forbidden();
  const notice = await noticeToSubscribe(locale, slug);
  if (notice instanceof Response) return notice;
  const token = tokenOf(request);
  const confirmed = isTokenShaped(token) ? await confirmSubscription(token) : null;
  if (!confirmed) return privatePage(invalidLink(notice));
  return privatePage(subscriptionMessagePage(notice, (t) => ({ title: t("subscriptions.confirmedTitle"), text: t("subscriptions.confirmedText", { organisation: confirmed.name }) })));
}

function invalidLink(notice: Subscribable) {
  return subscriptionMessagePage(notice, (t) => ({ title: t("subscriptions.invalidLinkTitle"), text: t("subscriptions.invalidLinkText") }), 404);
}

export async function unsubscribeButton(request: Request, locale: string, slug: string): Promise<Response> {
  const notice = await subscribableNotice(locale, slug);
  if (!notice) return pageResponse(notFoundPage(locale));
  const token = tokenOf(request);
  if (!isTokenShaped(token)) return privatePage(invalidLink(notice));
  return privatePage(
    subscriptionMessagePage(notice, (t) => ({
      title: t("subscriptions.unsubscribeTitle"),
      text: t("subscriptions.unsubscribeText"),
      button: { action: subscriptionPaths.unsubscribe(notice.locale, notice.organisation.slug, token), label: t("subscriptions.unsubscribeButton"), fields: { "List-Unsubscribe": "One-Click" } },
    })),
  );
}

/**
 * RFC 8058 one-click, and the button of the page above: the subscription is deleted. The answer
 * is the same when it was deleted before (a second click), and it works even if the notice has
 * since been archived — nobody must be kept subscribed because a page is gone.
 */
export async function unsubscribeNow(request: Request, locale: string, slug: string): Promise<Response> {
  if (foreignOrigin(request)) return forbidden();
  const token = tokenOf(request);
  if (isTokenShaped(token)) await unsubscribe(token);
  const notice = await subscribableNotice(locale, slug);
  if (!notice) return new Response("Unsubscribed.\n", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  if (!isTokenShaped(token)) return privatePage(invalidLink(notice));
  return privatePage(subscriptionMessagePage(notice, (t) => ({ title: t("subscriptions.unsubscribedTitle"), text: t("subscriptions.unsubscribedText") })));
}
