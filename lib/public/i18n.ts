import { createFormatter, createTranslator } from "next-intl";
import da from "@/messages/da.json";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";
import nn from "@/messages/nn.json";
import type { Locale } from "../content/schema";

/*
 * Interface texts and formats for pages rendered outside React (lib/public): the same messages
 * as the admin, through next-intl's request-independent translator, so a page can be rendered
 * anywhere — in a route handler, a cached function, or a unit test.
 */

/** Dates are shown as in Norway and Denmark (same zone), whatever the server's zone. */
export const TIME_ZONE = "Europe/Oslo";

const MESSAGES = { nb, nn, da, en } satisfies Record<Locale, typeof en>;

export type Messages = typeof en;
export const messagesFor = (locale: Locale): Messages => MESSAGES[locale];

function make(locale: Locale) {
  const messages = MESSAGES[locale];
  return {
    t: createTranslator({ locale, messages }),
    format: createFormatter({ locale, timeZone: TIME_ZONE }),
  };
}

export type Translate = ReturnType<typeof make>["t"];
export type Format = ReturnType<typeof make>["format"];

const cache = new Map<Locale, ReturnType<typeof make>>();

/** The translator and formatter of a locale, made once per process. */
export function intlFor(locale: Locale): { t: Translate; format: Format } {
  let intl = cache.get(locale);
  if (!intl) cache.set(locale, (intl = make(locale)));
  return intl;
}
