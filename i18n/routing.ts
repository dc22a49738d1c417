import { defineRouting } from "next-intl/routing";
import { LOCALES } from "../lib/content/schema";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "nb",
  localePrefix: "always",
});
