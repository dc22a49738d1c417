import type { Translate } from "@/lib/public/i18n";

/** "<page> – Klartekst": every public page's title ends with the site's name. */
export const pageTitle = (t: Translate, page: string) => `${page} – ${t("meta.siteName")}`;
