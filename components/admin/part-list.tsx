import { getTranslations } from "next-intl/server";
import type { ResolvedPart } from "@/lib/notice/types";
import { changeInheritance } from "@/lib/actions/parts";
import { Link } from "@/i18n/navigation";
import { ActionButton } from "./action-button";
import { PartPreview } from "./part-preview";

type Props = { parts: ResolvedPart[]; organisationId: string; canEdit: boolean; locale: string; groupName: string | null };

/** The draft notice part by part: where each part comes from, and what the editor can do with it. */
export async function PartList({ parts, organisationId, canEdit, locale, groupName }: Props) {
  const t = await getTranslations("admin.parts");
  const inheritance = changeInheritance.bind(null, locale);

  const row = (part: ResolvedPart, nested = false) => {
    const source = part.source!;
    const own = part.origin === "organisation" && part.mode === "own";
    const overridden = part.mode === "replace" && part.origin === "organisation";
    const appended = part.appended.some((a) => a.origin === "organisation");
    const fields = { organisationId, partId: source.identityId };
    const originLabel = own ? t("origin.own") : part.origin === "library" ? t("origin.library") : t("origin.group", { group: groupName ?? "" });
    return (
      <li key={part.slug} className={nested ? "part-row nested" : "part-row"}>
        <div className="part-title">
          <span className="badge">{part.kind === "section" ? t("kind.section") : t("kind.activity")}</span> <strong>{part.title.value}</strong>
          <span className="text-muted">
            {" "}
            · {originLabel}
            {overridden && ` · ${t("state.overridden")}`}
            {appended && ` · ${t("state.appended")}`}
          </span>
        </div>
        {!own && !overridden && <PartPreview part={part} label={t("showText")} />}
        {canEdit && (
          <div className="part-actions">
            {own || overridden ? (
              <Link className="button button-secondary" href={`/admin/parts/${source.contentId}`}>
                {t("edit")}
                <span className="sr-only"> – {part.title.value}</span>
              </Link>
            ) : (
              <>
                {!appended && <ActionButton action={inheritance} fields={{ ...fields, mode: "replace" }} label={t("override")} context={part.title.value} />}
                {appended ? (
                  <Link className="button button-secondary" href={`/admin/parts/${source.appendIds.at(-1)}`}>
                    {t("editAppended")}
                    <span className="sr-only"> – {part.title.value}</span>
                  </Link>
                ) : (
                  <ActionButton action={inheritance} fields={{ ...fields, mode: "append" }} label={t("append")} context={part.title.value} />
                )}
                <ActionButton action={inheritance} fields={{ ...fields, mode: "hide" }} label={t("hide")} context={part.title.value} />
              </>
            )}
            {(overridden || appended) && <ActionButton action={inheritance} fields={{ ...fields, mode: "revert" }} label={t("revert")} context={part.title.value} variant="danger" />}
          </div>
        )}
        {part.kind === "section" && part.children.length > 0 && <ul className="part-list">{part.children.map((child) => row(child, true))}</ul>}
      </li>
    );
  };

  return <ul className="part-list">{parts.map((part) => row(part))}</ul>;
}
