import { z } from "zod";
import { isRole, roleScope, type Role } from "./roles";

/*
 * Single sign-on with OpenID Connect (Microsoft Entra ID, Ansattporten, …), configured by the
 * environment (README, "Single sign-on"):
 *   SSO_ISSUER         the provider's issuer URL (its /.well-known/openid-configuration is read)
 *   SSO_CLIENT_ID, SSO_CLIENT_SECRET
 *   SSO_NAME           what the button says ("Sign in with …"), default "single sign-on"
 *   SSO_DOMAINS        e-mail domains mapped to organisations, by slug, with an optional role:
 *                      "aure.kommune.no=aure, averoy.kommune.no=averoy:editor" (viewer by default)
 * Without SSO_ISSUER there is no single sign-on. Pure: lib/auth/sso-config.test.ts.
 */

export type DomainMapping = { domain: string; organisationSlug: string; role: Role };
export type SsoConfig = { issuer: URL; clientId: string; clientSecret: string; name: string; domains: DomainMapping[] };

export class SsoConfigError extends Error {}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export function parseDomainMappings(value: string | undefined): DomainMapping[] {
  if (!value?.trim()) return [];
  return value.split(",").map((entry) => {
    const match = /^\s*@?([^=\s]+)\s*=\s*([^:\s]+)(?::([a-z_]+))?\s*$/.exec(entry.toLowerCase());
    const [, domain = "", organisationSlug = "", role = "viewer"] = match ?? [];
    if (!match || !DOMAIN.test(domain) || !SLUG.test(organisationSlug)) throw new SsoConfigError(`SSO_DOMAINS: "${entry.trim()}" is not domain=organisation-slug[:role]`);
    if (!isRole(role) || roleScope(role) !== "organisation") throw new SsoConfigError(`SSO_DOMAINS: "${role}" is not a role on an organisation`);
    return { domain, organisationSlug, role };
  });
}

const env = z.object({
  SSO_ISSUER: z.url({ protocol: /^https?$/ }),
  SSO_CLIENT_ID: z.string().min(1),
  SSO_CLIENT_SECRET: z.string().min(1),
  SSO_NAME: z.string().max(60).optional(),
  SSO_DOMAINS: z.string().optional(),
});

/** The configuration, null when single sign-on is off; throws SsoConfigError with what is wrong. */
export function readSsoConfig(source: Record<string, string | undefined>): SsoConfig | null {
  if (!source.SSO_ISSUER) return null;
  const parsed = env.safeParse(source);
  if (!parsed.success) throw new SsoConfigError(`Single sign-on settings are invalid: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
  const issuer = new URL(parsed.data.SSO_ISSUER);
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(issuer.hostname);
  if (issuer.protocol !== "https:" && !loopback) throw new SsoConfigError("SSO_ISSUER must be https:// (http only on this machine, for tests)");
  return {
    issuer,
    clientId: parsed.data.SSO_CLIENT_ID,
    clientSecret: parsed.data.SSO_CLIENT_SECRET,
    name: parsed.data.SSO_NAME?.trim() || "single sign-on",
    domains: parseDomainMappings(parsed.data.SSO_DOMAINS),
  };
}

/** The mapping for an e-mail address's domain (exactly that domain, not its subdomains), or null. */
export function mappingFor(email: string, domains: DomainMapping[]): DomainMapping | null {
  const domain = email.toLowerCase().split("@").at(-1) ?? "";
  return domains.find((mapping) => mapping.domain === domain) ?? null;
}
