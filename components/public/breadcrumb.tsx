/** @jsxImportSource preact */
import type { ResolvedNotice } from "@/lib/notice/types";
import { sitePaths } from "./links";
import { noticeTitle } from "./notice";
import { langIf, useView } from "./view";

/** The way back: all notices › this notice › (its version history, on pages below it). */
export function Breadcrumb({ notice, inHistory = false }: { notice: ResolvedNotice; inHistory?: boolean }) {
  const { t, locale } = useView();
  const slug = notice.organisation.slug;
  const title = noticeTitle(notice, t);
  return (
    <nav aria-label={t("notice.breadcrumb")} class="breadcrumb no-print">
      <ol>
        <li>
          <a href={sitePaths.directory(locale)}>{t("notice.allOrganisations")}</a>
        </li>
        <li>
          <a href={sitePaths.notice(locale, slug)}>
            <span {...langIf(title.lang, locale)}>{title.value}</span> – {notice.organisation.name}
          </a>
        </li>
        {inHistory && (
          <li>
            <a href={sitePaths.versions(locale, slug)}>{t("versions.historyTitle")}</a>
          </li>
        )}
      </ol>
    </nav>
  );
}
