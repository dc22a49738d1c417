/** @jsxImportSource preact */
import type { ResolvedNotice } from "@/lib/notice/types";
import { NoticeArticle, noticeTitle } from "../notice";
import { SiteDocument } from "../site-document";
import { useView } from "../view";
import { pageTitle } from "./title";

/**
 * An editor's preview of a draft: the public page exactly as it will be published, under a
 * banner that says it is not public and leads back to the admin.
 */
export function PreviewPage({ notice, nextVersion, backHref, styles }: { notice: ResolvedNotice; nextVersion: number; backHref: string; styles: string[] }) {
  const { t } = useView();
  return (
    <SiteDocument styles={styles} head={{ title: pageTitle(t, `${t("admin.previewBanner")} – ${noticeTitle(notice, t).value}`), noindex: true }}>
      <div role="note" class="container preview-banner">
        <p>
          <strong>{t("admin.previewBanner")}</strong> <a href={backHref}>{t("admin.backToOrganisation")}</a>
        </p>
      </div>
      <NoticeArticle notice={notice} version={{ number: nextVersion, publishedAt: new Date() }} languages={[]} showHistory={false} />
    </SiteDocument>
  );
}
