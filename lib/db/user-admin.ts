import { hashPassword } from "better-auth/crypto";
import { passwordProblem } from "../auth/password-policy";
import type { Role } from "../auth/permissions";
import { prisma } from "./client";

export type NewUser = {
  email: string;
  name: string;
  password: string;
  isPlatformAdmin?: boolean;
  mustChangePassword?: boolean;
  memberships?: { role: Role; organisationId?: string; groupId?: string }[];
};

/**
 * Creates (or resets) a user who signs in with e-mail and password, hashed the way Better
 * Auth verifies it (its "credential" account). Roles given replace the user's roles. The
 * password must meet the password rules like any other (lib/auth/password-policy.ts).
 */
export async function upsertPasswordUser(input: NewUser) {
  const email = input.email.trim().toLowerCase();
  const problem = passwordProblem(input.password, { email, name: input.name });
  if (problem) throw new Error(`The password for ${email} breaks the password rules (${problem}).`);
  const password = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email },
      create: { email, name: input.name, emailVerified: true, isPlatformAdmin: input.isPlatformAdmin ?? false, mustChangePassword: input.mustChangePassword ?? false },
      update: { name: input.name, isPlatformAdmin: input.isPlatformAdmin ?? false, mustChangePassword: input.mustChangePassword ?? false },
    });
    await tx.account.deleteMany({ where: { userId: user.id, providerId: "credential" } });
    await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password } });
    if (input.memberships) {
      await tx.membership.deleteMany({ where: { userId: user.id } });
      for (const m of input.memberships) {
        await tx.membership.create({ data: { userId: user.id, role: m.role, organisationId: m.organisationId ?? null, groupId: m.groupId ?? null } });
      }
    }
    return user;
  });
}
