import type { Actor, MembershipGrant, Role } from "../auth/permissions";
import { prisma } from "./client";

export const SIGN_IN_ATTEMPTS_BEFORE_LOCK = 5;
export const LOCK_MINUTES = 15;

export async function loadActor(userId: string): Promise<(Actor & { mustChangePassword: boolean }) | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, isPlatformAdmin: true, mustChangePassword: true, memberships: { select: { role: true, organisationId: true, groupId: true } } },
  });
  if (!user) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    mustChangePassword: user.mustChangePassword,
    memberships: user.memberships.map((m): MembershipGrant => ({ ...m, role: m.role as Role })),
  };
}

export function findSignInState(email: string) {
  return prisma.user.findUnique({ where: { email }, select: { id: true, lockedUntil: true, failedSignIns: true } });
}

/** Counts a failed sign-in and locks the account after too many in a row. */
export async function recordFailedSignIn(userId: string, now = new Date()) {
  const user = await prisma.user.update({ where: { id: userId }, data: { failedSignIns: { increment: 1 } }, select: { failedSignIns: true } });
  if (user.failedSignIns >= SIGN_IN_ATTEMPTS_BEFORE_LOCK) {
    await prisma.user.update({ where: { id: userId }, data: { lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000), failedSignIns: 0 } });
  }
}

export function recordSuccessfulSignIn(userId: string) {
  return prisma.user.update({ where: { id: userId }, data: { failedSignIns: 0, lockedUntil: null } });
}

export function markPasswordChanged(userId: string) {
  return prisma.user.update({ where: { id: userId }, data: { mustChangePassword: false } });
}
