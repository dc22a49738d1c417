import type { Actor, MembershipGrant } from "../auth/permissions";
import { isRole } from "../auth/roles";
import { requiresTwoFactor } from "../auth/two-factor-policy";
import { prisma } from "./client";

export type SignedInActor = Actor & {
  mustChangePassword: boolean;
  /** Two-factor is required of this person and not set up yet: nothing else until it is. */
  mustSetUpTwoFactor: boolean;
  twoFactorEnabled: boolean;
};

/**
 * The signed-in person with their roles; null for an unknown or deactivated account, so a
 * session that somehow outlived deactivation opens nothing (sessions are also deleted then).
 */
export async function loadActor(userId: string): Promise<SignedInActor | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      isPlatformAdmin: true,
      mustChangePassword: true,
      deactivatedAt: true,
      totpSecret: true,
      memberships: { select: { role: true, organisationId: true, groupId: true, organisation: { select: { requireTwoFactor: true } } } },
    },
  });
  if (!user || user.deactivatedAt) return null;
  const twoFactorEnabled = user.totpSecret !== null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    mustChangePassword: user.mustChangePassword,
    twoFactorEnabled,
    mustSetUpTwoFactor: !twoFactorEnabled && requiresTwoFactor(user),
    // A role this version does not know (a newer database) grants nothing.
    memberships: user.memberships.flatMap(({ role, organisationId, groupId }): MembershipGrant[] => (isRole(role) ? [{ role, organisationId, groupId }] : [])),
  };
}

export function markPasswordChanged(userId: string) {
  return prisma.user.update({ where: { id: userId }, data: { mustChangePassword: false } });
}

/** What signing in needs to know once the password (or the single sign-on) has been accepted. */
export async function findSignInState(userId: string) {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, deactivatedAt: true, totpSecret: true } });
  if (!user || user.deactivatedAt) return null;
  return { userId: user.id, email: user.email, twoFactorEnabled: user.totpSecret !== null };
}
