import { getTranslations } from "next-intl/server";
import type { ResolvedNotice } from "@/lib/notice/types";
import { Link } from "@/i18n/navigation";
import { NoticeTitle } from "./notice-view";

/** The way back: all notices › this notice › (its version history, on pages below it). */
export async function NoticeBreadcrumb({ notice, inHistory = false }: { notice: ResolvedNotice; inHistory?: boolean }) {
  const t = await getTranslations("notice");
  const tv = await getTranslations("versions");
  const slug = notice.organisation.slug;
  return (
    <nav aria-label={t("breadcrumb")} className="breadcrumb no-print">
      <ol>
        <li>
          <Link href="/">{t("allOrganisations")}</Link>
        </li>
        <li>
          <Link href={`/${slug}`}>
            <NoticeTitle notice={notice} /> – {notice.organisation.name}
          </Link>
        </li>
        {inHistory && (
          <li>
            <Link href={`/${slug}/versions`}>{tv("historyTitle")}</Link>
          </li>
        )}
      </ol>
    </nav>
  );
}
