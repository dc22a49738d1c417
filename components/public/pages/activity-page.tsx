/** @jsxImportSource preact */
import type { Locale } from "@/lib/content/schema";
import type { ResolvedActivity } from "@/lib/notice/types";
import type { NoticePageData } from "@/lib/queries/notice-page";
import { Activity } from "../activity";
import { Breadcrumb } from "../breadcrumb";
import { ChangeNotices } from "../change-notices";
import { LanguageSwitcher } from "../language-switcher";
import { sitePaths } from "../links";
import { SiteDocument } from "../site-document";
import { SupervisoryAuthority } from "../supervisory-authority";
import { useView } from "../view";
import { pageTitle } from "./title";

/** /{locale}/{organisation}/{activity}: one processing activity alone, with the way back to the whole notice. */
export function ActivityPage({ data, activity, activityLocales, styles }: { data: NoticePageData; activity: ResolvedActivity; activityLocales: Locale[]; styles: string[] }) {
  const { t, locale } = useView();
  const org = data.notice.organisation;
  // In a language without this activity, the switcher offers the whole notice instead.
  const path = (l: Locale) => (activityLocales.includes(l) ? sitePaths.activity(l, org.slug, activity.slug) : sitePaths.notice(l, org.slug));
  return (
    <SiteDocument
      styles={styles}
      head={{
        title: pageTitle(t, `${activity.title.value} – ${org.name}`),
        description: t("notice.activityOf", { organisation: org.name }),
        canonical: path(locale),
        alternates: activityLocales.map((l) => ({ locale: l, path: path(l) })),
      }}
    >
      <div class="container page notice">
        <Breadcrumb notice={data.notice} />
        <p class="org-name">{t("notice.activityOf", { organisation: org.name })}</p>
        <ChangeNotices changes={data.changes} slug={org.slug} country={org.country} />
        <Activity activity={activity} organisation={org} level={1} standalone />
        <p class="no-print">
          <a href={`${sitePaths.notice(locale, org.slug)}#${encodeURIComponent(activity.slug)}`}>{t("notice.backToNotice")}</a>
        </p>
        <LanguageSwitcher links={data.locales.map((l) => ({ locale: l, href: path(l) }))} />
        <SupervisoryAuthority country={org.country} />
      </div>
    </SiteDocument>
  );
}
