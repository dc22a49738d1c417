import { roleHas } from "./roles";

/**
 * Who must sign in with two-factor: every platform admin, and whoever may edit an organisation
 * that requires it of its editors (its setting `requireTwoFactor`). Someone who must and has not
 * set it up yet is sent to set it up before anything else.
 */
export function requiresTwoFactor(user: { isPlatformAdmin: boolean; memberships: { role: string; organisation: { requireTwoFactor: boolean } | null }[] }): boolean {
  return user.isPlatformAdmin || user.memberships.some((m) => m.organisation?.requireTwoFactor === true && roleHas(m.role, "edit"));
}
