import { getFormatter, getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { requireActor } from "@/lib/auth/session";
import { ROLES, roleScope, rolesOfScope, type Role } from "@/lib/auth/roles";
import { isRole } from "@/lib/auth/roles";
import { changeRole, invitePerson, removeRole, resendInvitation, revokeInvitationAction, sendPasswordReset, setPersonActive, setTwoFactorRequirement } from "@/lib/actions/people";
import { grantTargets, listOpenInvitations, listPeople } from "@/lib/db/people";
import { parseListParams } from "@/lib/lists/params";
import { ActionButton } from "@/components/admin/action-button";
import { AdminHeader } from "@/components/admin/admin-header";
import { ListSearch } from "@/components/admin/list-search";
import { Pagination } from "@/components/admin/pagination";
import { InviteForm } from "@/components/admin/people/invite-form";
import { RoleForm } from "@/components/admin/people/role-form";
import { TwoFactorRequirementForm } from "@/components/admin/people/two-factor-requirement-form";

/**
 * People: for platform admins everyone, for organisation and group administrators the people of
 * what they manage. The gate (lib/auth/admin-gate.ts) lets only those in; every action checks again.
 */
export default async function PeoplePage({ params, searchParams }: PageProps<"/[locale]/admin/users">) {
  const { locale } = await params;
  const actor = await requireActor(locale);
  const t = await getTranslations("admin.people");
  const tAdmin = await getTranslations("admin");
  const format = await getFormatter();
  const { query, page } = parseListParams(await searchParams);
  const [people, invitations, targets] = await Promise.all([listPeople(actor, { query, page }), listOpenInvitations(actor), grantTargets(actor)]);
  const now = new Date();
  const placeOf = (m: { organisation: { name: string } | null; group: { name: string } | null }) => m.organisation?.name ?? m.group?.name ?? "";
  const roleName = (role: string) => (isRole(role) ? t(`roles.${role}`) : role);
  // Only roles the actor could give at all are offered; the server checks each one again.
  const offered: Role[] = actor.isPlatformAdmin
    ? ROLES
    : ROLES.filter((role) => actor.memberships.some((m) => roleScope(m.role) === roleScope(role) && (m.role === "org_admin" || m.role === "group_admin")));
  return (
    <>
      <AdminHeader actor={actor} locale={locale} />
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>

      <section aria-labelledby="invite-title">
        <h2 id="invite-title">{t("inviteHeading")}</h2>
        <InviteForm
          action={invitePerson.bind(null, locale)}
          roles={offered}
          organisations={targets.organisations}
          groups={targets.groups}
          locales={routing.locales.map((code) => ({ code, name: tAdmin(`languageName.${code}`) }))}
          defaultLocale={locale}
        />
      </section>

      <section aria-labelledby="invitations-title">
        <h2 id="invitations-title">{t("invitationsHeading")}</h2>
        {invitations.length === 0 ? (
          <p>{t("noInvitations")}</p>
        ) : (
          <ul className="admin-list">
            {invitations.map((invitation) => {
              const label = t("invitationTo", { email: invitation.email, role: roleName(invitation.role), place: placeOf(invitation) });
              const date = format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" });
              return (
                <li key={invitation.id}>
                  <span>{label}</span> <span className="text-muted">({invitation.expiresAt > now ? t("expires", { date }) : t("expired", { date })})</span>{" "}
                  <ActionButton action={resendInvitation.bind(null, locale)} fields={{ invitationId: invitation.id }} label={t("resend")} context={invitation.email} />
                  <ActionButton action={revokeInvitationAction.bind(null, locale)} fields={{ invitationId: invitation.id }} label={t("revoke")} context={invitation.email} variant="danger" />
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="people-title">
        <h2 id="people-title">{t("heading")}</h2>
        {people.total > 0 && <ListSearch label={t("search")} field={t("searchField")} query={query} />}
        <p>{people.total === 0 ? t("none") : people.items.length === 0 ? t("noMatch", { query }) : t("count", { count: people.total })}</p>
        <ul className="admin-list people-list">
          {people.items.map((person) => (
            <li key={person.id}>
              <h3>
                {person.email}
                {person.name && <span className="text-muted"> · {person.name}</span>}
              </h3>
              <p className="text-muted">
                {person.deactivatedAt ? t("deactivated") : t("active")}
                {person.isPlatformAdmin && ` · ${t("platformAdmin")}`}
                {person.twoFactor && ` · ${t("twoFactorOn")}`}
              </p>
              <ul>
                {person.memberships.map((m) => {
                  const place = placeOf(m);
                  return (
                    <li key={m.id}>
                      {t("roleOn", { role: roleName(m.role), place })}{" "}
                      {m.changeable && isRole(m.role) && (
                        <>
                          <RoleForm
                            action={changeRole.bind(null, locale)}
                            membershipId={m.id}
                            role={m.role}
                            roles={rolesOfScope(roleScope(m.role)).filter((r) => offered.includes(r))}
                            label={t("changeRole", { email: person.email, place })}
                          />
                          <ActionButton action={removeRole.bind(null, locale)} fields={{ membershipId: m.id }} label={t("remove")} context={`${person.email}, ${place}`} variant="danger" />
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
              {person.manageable && (
                <div className="button-row">
                  <ActionButton
                    action={setPersonActive.bind(null, locale)}
                    fields={{ userId: person.id, active: person.deactivatedAt ? "true" : "false" }}
                    label={person.deactivatedAt ? t("reactivate") : t("deactivate")}
                    context={person.email}
                    variant={person.deactivatedAt ? "secondary" : "danger"}
                  />
                  {!person.deactivatedAt && <ActionButton action={sendPasswordReset.bind(null, locale)} fields={{ userId: person.id }} label={t("resetPassword")} context={person.email} />}
                </div>
              )}
            </li>
          ))}
        </ul>
        <Pagination label={t("pages")} page={people.page} pageCount={people.pageCount} current={{ q: query, page: people.page }} />
      </section>

      {targets.organisations.length > 0 && (
        <section aria-labelledby="two-factor-title">
          <h2 id="two-factor-title">{t("twoFactorHeading")}</h2>
          {targets.organisations.map((organisation) => (
            <TwoFactorRequirementForm key={organisation.id} action={setTwoFactorRequirement.bind(null, locale)} organisation={organisation} />
          ))}
        </section>
      )}
    </>
  );
}
