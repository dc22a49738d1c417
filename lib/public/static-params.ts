import { routing } from "@/i18n/routing";
import { activityPageParams, noticePageParams } from "../queries/notice-page";
import { versionPageParams } from "../queries/versions";

/*
 * What `next build` prerenders of the public site. Route handlers have no layout above them, so
 * each lists its locales itself. Build time must grow with the number of organisations, not
 * with activities × versions × locales: every organisation's notice in every locale, activity
 * and version pages for one sample organisation (docs/decisions/0002). Locales an organisation
 * has no notice in prerender as 404 pages.
 */

const inEveryLocale = <T extends object>(params: T[]) => routing.locales.flatMap((locale) => params.map((p) => ({ locale, ...p })));

export const localeParams = () => routing.locales.map((locale) => ({ locale }));
export const noticeParams = async () => inEveryLocale(await noticePageParams());
export const activityParams = async () => inEveryLocale(await activityPageParams());
export const versionParams = async () => inEveryLocale((await versionPageParams()).flatMap(({ slug, numbers }) => numbers.map((number) => ({ slug, number: String(number) }))));
