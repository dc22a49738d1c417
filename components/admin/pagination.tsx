import { getTranslations } from "next-intl/server";
import { listHref } from "@/lib/lists/params";

type Props = {
  /** The nav's accessible name, distinct per list when a page shows several. */
  label: string;
  page: number;
  pageCount: number;
  /** The URL parameters of the current view, kept on the links (e.g. the search). */
  current: Record<string, string | number | undefined>;
  /** Which parameter holds this list's page. */
  pageParam?: string;
};

/** Previous/next links as plain anchors, so paging works without JavaScript. Nothing for one page. */
export async function Pagination({ label, page, pageCount, current, pageParam = "page" }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("admin.lists");
  return (
    <nav aria-label={label} className="pagination">
      {page > 1 && (
        <a href={listHref(current, { [pageParam]: page - 1 })} rel="prev">
          {t("previous")}
        </a>
      )}
      <span aria-current="page">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount && (
        <a href={listHref(current, { [pageParam]: page + 1 })} rel="next">
          {t("next")}
        </a>
      )}
    </nav>
  );
}
