import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { findAdminGroup, listGroupParts, searchAdminOrganisations } from "@/lib/db/admin";
import { parseListParams } from "@/lib/lists/params";
import { createPart } from "@/lib/actions/parts";
import { renameGroupAction } from "@/lib/actions/groups";
import { mayDo } from "@/lib/auth/permissions";
import { RenameGroupForm } from "@/components/admin/group-form";
import { AdminHeader } from "@/components/admin/admin-header";
import { ActionButton } from "@/components/admin/action-button";
import { ListSearch } from "@/components/admin/list-search";
import { ListSummary } from "@/components/admin/list-summary";
import { Pagination } from "@/components/admin/pagination";
import { Link } from "@/i18n/navigation";

/** A group's shared notice: every member follows these parts unless it overrides them. */
export default async function GroupAdmin({ params, searchParams }: PageProps<"/[locale]/admin/groups/[slug]">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const group = await findAdminGroup(slug, actor);
  if (!group) notFound();
  const t = await getTranslations("admin");
  const raw = await searchParams;
  const { query, page } = parseListParams(raw);
  const [parts, members] = await Promise.all([listGroupParts(group.id), searchAdminOrganisations(actor, { query, page, groupId: group.id })]);
  const published = raw.published;
  const canRemove = mayDo(actor, "group.removeMember", { groupId: group.id });
  const titleOf = (p: (typeof parts)[number]) => p.translations.find((tr) => tr.locale === locale)?.title ?? p.translations[0]?.title ?? p.slug;
  const sections = parts.filter((p) => !p.parentId);
  const row = (part: (typeof parts)[number], children: typeof parts = [], nested = false): React.ReactNode => (
    <li key={part.id} className={nested ? "part-row nested" : "part-row"}>
      <div className="part-title">
        <span className="badge">{t(`parts.kind.${part.kind as "section"}`)}</span> <strong>{titleOf(part)}</strong>
        {part.applicability.length > 0 && <span className="text-muted"> · {t("group.appliesToSome", { count: part.applicability.length })}</span>}
      </div>
      <Link className="button button-secondary" href={`/admin/parts/${part.id}`}>
        {t("parts.edit")}
        <span className="sr-only"> – {titleOf(part)}</span>
      </Link>
      {children.length > 0 && <ul className="part-list">{children.map((child) => row(child, [], true))}</ul>}
    </li>
  );
  return (
    <>
      <AdminHeader actor={actor} locale={locale} />
      <h1>{group.name}</h1>
      {published && (
        <p role="status" className="status-ok">
          {t("group.published", { count: group.members.length })}
        </p>
      )}
      <p>{t("group.intro", { count: group.members.length })}</p>
      <p>
        <Link className="button" href={`/admin/groups/${slug}/publish`}>
          {t("group.publishAll")}
        </Link>{" "}
        <Link href={`/admin/groups/${slug}/approval`}>{t("approval.group.link")}</Link>
      </p>
      <section aria-labelledby="members-title">
        <h2 id="members-title">{t("group.members")}</h2>
        <ListSearch label={t("lists.membersSearch")} field={t("lists.nameField")} query={query} />
        <ListSummary kind="member" list={members} query={query} />
        {members.items.length > 0 && (
          <ul className={canRemove ? "admin-list" : "admin-list inline-list"}>
            {members.items.map((m) => (
              <li key={m.id}>
                <Link href={`/admin/organisations/${m.slug}`}>{m.name}</Link>
                {canRemove && (
                  <>
                    {" · "}
                    <Link href={`/admin/groups/${slug}/members/${m.slug}`}>
                      {t("groupAdmin.removeMember")}
                      <span className="sr-only"> – {m.name}</span>
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <Pagination label={t("lists.memberPages")} page={members.page} pageCount={members.pageCount} current={{ q: query, page: members.page }} />
        <div className="button-row">
          {mayDo(actor, "group.addMember", { groupId: group.id }) && (
            <Link className="button button-secondary" href={`/admin/groups/${slug}/members/new`}>
              {t("groupAdmin.addMember")}
            </Link>
          )}
          {mayDo(actor, "organisation.create", { groupId: group.id }) && (
            <Link className="button button-secondary" href={`/admin/organisations/new`}>
              {t("platform.newOrganisation")}
            </Link>
          )}
        </div>
      </section>
      {mayDo(actor, "group.rename", { groupId: group.id }) && (
        <section aria-labelledby="settings-title">
          <h2 id="settings-title">{t("groupAdmin.settings")}</h2>
          <RenameGroupForm action={renameGroupAction.bind(null, locale)} groupId={group.id} name={group.name} />
        </section>
      )}
      <section aria-labelledby="shared-title">
        <h2 id="shared-title">{t("group.sharedParts")}</h2>
        <ul className="part-list">
          {sections.map((part) =>
            row(
              part,
              parts.filter((child) => child.parentId === part.id),
            ),
          )}
        </ul>
        <div className="button-row">
          <ActionButton action={createPart.bind(null, locale)} fields={{ owner: "group", ownerId: group.id, kind: "section" }} label={t("parts.addSection")} />
          <ActionButton action={createPart.bind(null, locale)} fields={{ owner: "group", ownerId: group.id, kind: "activity" }} label={t("parts.addActivity")} />
        </div>
      </section>
    </>
  );
}
