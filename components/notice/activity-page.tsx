import { getTranslations } from "next-intl/server";
import type { ResolvedActivity } from "@/lib/notice/types";
import type { NoticePageData } from "@/lib/queries/notice-page";
import { Link } from "@/i18n/navigation";
import { Activity } from "./activity";
import { NoticeBreadcrumb } from "./notice-breadcrumb";
import { LanguageSwitcher } from "./language-switcher";
import { SupervisoryAuthority } from "./supervisory-authority";

/** One processing activity alone, with the way back to the whole notice. */
export async function ActivityPage({ page, activity }: { page: NoticePageData; activity: ResolvedActivity }) {
  const t = await getTranslations("notice");
  const org = page.notice.organisation;
  return (
    <div className="container page notice">
      <NoticeBreadcrumb notice={page.notice} />
      <p className="org-name">{t("activityOf", { organisation: org.name })}</p>
      <Activity activity={activity} organisation={org} level={1} standalone />
      <p className="no-print">
        <Link href={`/${org.slug}#${activity.slug}`}>{t("backToNotice")}</Link>
      </p>
      <LanguageSwitcher locales={page.locales} path={`/${org.slug}/${activity.slug}`} />
      <SupervisoryAuthority country={org.country} />
    </div>
  );
}
