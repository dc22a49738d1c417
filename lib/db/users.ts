import type { Actor, MembershipGrant, Role } from "../auth/permissions";
import { prisma } from "./client";

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

export function markPasswordChanged(userId: string) {
  return prisma.user.update({ where: { id: userId }, data: { mustChangePassword: false } });
}
