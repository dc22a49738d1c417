import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { findAdminGroup, findAdminOrganisation } from "../db/admin";
import { findApprovalGroup } from "../db/approvals";
import { findEditablePart } from "../db/parts";
import { findGroupFor } from "../db/groups";
import { findOrganisationFor } from "../db/organisations";
import { isDatabaseUnavailable } from "../db/unavailable";
import { loadActor } from "../db/users";
import { publicUrl } from "../http/public-origin";
import { auth } from "./auth";
import { canReadAudit, mayDo, mayDoAnywhere, organisationAccess, type Actor } from "./permissions";
import { managesAnyMembers } from "./grants";
import { adminNotFoundPage } from "./admin-not-found";

const ADMIN_PATH = new RegExp(`^/(${routing.locales.join("|")})/admin(?:/(.*))?$`);

/** Whether the actor may open this admin page at all (the page checks again when it renders). */
async function mayOpen(actor: Actor, rest: string): Promise<boolean> {
  if (rest === "organisations/new") return mayDoAnywhere(actor, "organisation.create");
  const organisation = /^organisations\/([^/]+)(?:\/([^/]+))?/.exec(rest);
  if (organisation) {
    const slug = decodeURIComponent(organisation[1]!);
    const page = organisation[2];
    if (page === "edit" || page === "archive") {
      const managed = await findOrganisationFor(slug, actor, "organisation.edit");
      if (!managed || page === "edit") return managed !== null;
      return mayDo(actor, managed.archivedAt ? "organisation.unarchive" : "organisation.archive", { organisationId: managed.id, groupId: managed.groupId });
    }
    const org = await findAdminOrganisation(slug, actor);
    if (!org) return false;
    if (page === "settings" || page === "publish" || page === "record") return organisationAccess(actor, org) === "edit";
    if (page === "audit") return canReadAudit(actor, org);
    return true;
  }
  if (rest === "groups/new") return mayDo(actor, "group.create");
  const members = /^groups\/([^/]+)\/members\/([^/]+)$/.exec(rest);
  if (members) return (await findGroupFor(decodeURIComponent(members[1]!), actor, members[2] === "new" ? "group.addMember" : "group.removeMember")) !== null;
  if (rest === "users" || rest.startsWith("users/")) return managesAnyMembers(actor);
  // A group's approval page is also its approvers' (decision 0034), who may not edit the group.
  const groupApproval = /^groups\/([^/]+)\/approval$/.exec(rest);
  if (groupApproval) return (await findApprovalGroup(decodeURIComponent(groupApproval[1]!), actor)) !== null;
  const group = /^groups\/([^/]+)/.exec(rest);
  if (group) return (await findAdminGroup(decodeURIComponent(group[1]!), actor)) !== null;
  if (rest === "library/publish") return mayDo(actor, "library.publish");
  if (rest === "library" || rest.startsWith("library/")) return mayDo(actor, "library.edit");
  const part = /^parts\/([^/]+)$/.exec(rest);
  if (part) return (await findEditablePart(decodeURIComponent(part[1]!), actor)) !== null;
  return true;
}

/**
 * Pages for people who are not signed in (yet): signing in and its steps, and the one-time
 * links from mails. Each checks its own token or step.
 */
function isOpenToEveryone(rest: string): boolean {
  return rest === "sign-in" || rest.startsWith("sign-in/") || /^(invitation|reset-password)\/[^/]+$/.test(rest);
}

/**
 * Admin access is decided before anything is sent: with Cache Components a page streams its
 * shell first, so a check inside the page could only answer 200. Here a signed-out visitor gets
 * a real redirect and someone without access a real 404 (no hint that the page exists).
 */
export async function adminGate(request: NextRequest): Promise<NextResponse | null> {
  const match = ADMIN_PATH.exec(request.nextUrl.pathname);
  if (!match) return null;
  const [, locale = routing.defaultLocale, rest = ""] = match;
  if (isOpenToEveryone(rest)) return null;
  try {
    const session = await auth.api.getSession({ headers: request.headers });
    const actor = session && (await loadActor(session.user.id));
    // To the public address, never one built from request.url (the bind address) or from Host.
    // Next shortens it to a site-relative Location when the request came to that same host.
    if (!actor) return NextResponse.redirect(publicUrl(`/${locale}/admin/sign-in`));
    if (actor.mustChangePassword && rest !== "password") return NextResponse.redirect(publicUrl(`/${locale}/admin/password`));
    if (!actor.mustChangePassword && actor.mustSetUpTwoFactor && rest !== "two-factor") return NextResponse.redirect(publicUrl(`/${locale}/admin/two-factor`));
    if (!(await mayOpen(actor, rest))) return adminNotFoundPage(locale);
    return null;
  } catch (error) {
    // Without its database the gate cannot decide; a server action (a save) then answers for
    // itself — it checks the session and the editor's rights again (lib/actions/safe-action.ts),
    // and tells the editor nothing was saved in the form that keeps their text. An error here
    // would replace that form with an error page.
    if (request.headers.has("next-action") && isDatabaseUnavailable(error)) return null;
    throw error;
  }
}
