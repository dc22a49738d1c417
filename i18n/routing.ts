import { defineRouting } from "next-intl/routing";
import { LOCALES } from "../lib/content/schema";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "nb",
  localePrefix: "always",
  // Pages declare their own hreflang alternates: an organisation offers only some locales.
  alternateLinks: false,
  // No Set-Cookie on cached public pages; "/" picks the language from Accept-Language.
  localeCookie: false,
});
