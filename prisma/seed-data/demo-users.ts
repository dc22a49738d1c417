import type { Role } from "../../lib/auth/permissions";

/**
 * Demo accounts for development and the tests (never created when NODE_ENV=production).
 * They share one documented password; see README.
 */
export const DEMO_PASSWORD = "klartekst-demo-passord";

/**
 * Platform admins must sign in with two-factor: the demo admin's authenticator secret (base32),
 * documented like the password, so that the demo and the tests can make its codes.
 */
export const DEMO_TOTP_SECRET = "KLARTEKSTDEMOTOTPSECRETXXXXXXXXX";

export const DEMO_USERS: { email: string; name: string; isPlatformAdmin?: boolean; memberships: { role: Role; organisation?: string; group?: string }[] }[] = [
  { email: "admin@klartekst.test", name: "Platform admin", isPlatformAdmin: true, memberships: [] },
  { email: "nordmore@klartekst.test", name: "Nordmøre group editor", memberships: [{ role: "group_editor", group: "nordmore" }] },
  { email: "aure@klartekst.test", name: "Aure editor", memberships: [{ role: "editor", organisation: "aure" }] },
  { email: "kristiansund@klartekst.test", name: "Kristiansund editor", memberships: [{ role: "editor", organisation: "kristiansund" }] },
  { email: "billund@klartekst.test", name: "Billund redaktør", memberships: [{ role: "editor", organisation: "billund" }] },
  { email: "oslo@klartekst.test", name: "Oslo editor", memberships: [{ role: "editor", organisation: "oslo" }] },
  { email: "sonh@klartekst.test", name: "SØNH daglig leder", memberships: [{ role: "editor", organisation: "sonh" }] },
  { email: "viewer@klartekst.test", name: "Aure viewer", memberships: [{ role: "viewer", organisation: "aure" }] },
];
