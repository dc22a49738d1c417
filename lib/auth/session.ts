import { headers } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { loadActor } from "../db/users";
import { auth } from "./auth";

/** The signed-in user with their roles, once per request; null when signed out. */
export const getActor = cache(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  return session ? loadActor(session.user.id) : null;
});

/** For admin pages: the actor, or a redirect to sign-in (or to choosing a new password, or to setting up two-factor). */
export async function requireActor(locale: string, { allowPasswordChange = false, allowTwoFactorSetup = false } = {}) {
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/admin/sign-in`);
  if (actor.mustChangePassword && !allowPasswordChange) redirect(`/${locale}/admin/password`);
  if (actor.mustSetUpTwoFactor && !actor.mustChangePassword && !allowTwoFactorSetup) redirect(`/${locale}/admin/two-factor`);
  return actor;
}
