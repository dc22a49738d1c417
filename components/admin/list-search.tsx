import { getTranslations } from "next-intl/server";

/**
 * A plain GET form (`?q=`): searching works without JavaScript, every result has its own URL,
 * and a new search starts again at page 1.
 */
export async function ListSearch({ label, field, query, id = "q" }: { label: string; field: string; query: string; id?: string }) {
  const t = await getTranslations("admin.lists");
  return (
    <form method="get" role="search" aria-label={label} className="list-search">
      <div className="field">
        <label htmlFor={id}>{field}</label>
        <input id={id} name="q" type="search" defaultValue={query} maxLength={100} autoComplete="off" />
      </div>
      <button type="submit" className="button">
        {t("search")}
      </button>
      {query && (
        <a href="?" className="reset-link">
          {t("showAll")}
        </a>
      )}
    </form>
  );
}
