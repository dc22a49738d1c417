import * as oidc from "openid-client";
import { log } from "../log";
import { readSsoConfig, SsoConfigError, type SsoConfig } from "./sso-config";

/*
 * The OpenID Connect client (openid-client, certified): discovery, the authorisation code flow
 * with PKCE, state and nonce, and the ID token's checks. The provider's metadata is read once.
 */

let settings: SsoConfig | null | undefined;

/** The configuration from the environment, or null when single sign-on is off (or misconfigured: logged). */
export function ssoSettings(): SsoConfig | null {
  if (settings === undefined) {
    try {
      settings = readSsoConfig(process.env);
    } catch (error) {
      if (!(error instanceof SsoConfigError)) throw error;
      log.error("single sign-on is off", { error: error.message });
      settings = null;
    }
  }
  return settings;
}

let discovered: Promise<oidc.Configuration> | undefined;

function provider(config: SsoConfig): Promise<oidc.Configuration> {
  const loopback = config.issuer.protocol === "http:";
  discovered ??= oidc.discovery(config.issuer, config.clientId, config.clientSecret, undefined, loopback ? { execute: [oidc.allowInsecureRequests] } : undefined).catch((error: unknown) => {
    discovered = undefined;
    throw error;
  });
  return discovered;
}

export type SsoStart = { url: string; verifier: string; state: string; nonce: string };

export async function startSingleSignOn(config: SsoConfig, redirectUri: string): Promise<SsoStart> {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(await provider(config), {
    redirect_uri: redirectUri,
    scope: "openid email profile",
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { url: url.href, verifier, state, nonce };
}

/** The e-mail address and name the provider vouches for, or null when the answer does not check out. */
export async function finishSingleSignOn(config: SsoConfig, callbackUrl: URL, expected: { verifier: string; state: string; nonce: string }): Promise<{ email: string; name: string } | null> {
  try {
    const configuration = await provider(config);
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, { pkceCodeVerifier: expected.verifier, expectedState: expected.state, expectedNonce: expected.nonce });
    const idClaims = tokens.claims();
    if (!idClaims) return null;
    // Providers that follow the core spec strictly put scope claims in UserInfo only (checked against the ID token's subject).
    const claims: Record<string, unknown> = typeof idClaims.email === "string" ? idClaims : { ...(await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)), sub: idClaims.sub };
    // Entra ID puts the address in `email` (or only `preferred_username`); a provider that says it is unverified is not believed.
    const email = typeof claims.email === "string" ? claims.email : typeof claims.preferred_username === "string" ? claims.preferred_username : null;
    if (!email || claims.email_verified === false || !email.includes("@")) {
      log.warn("single sign-on refused", { error: "the provider gave no verified e-mail address" });
      return null;
    }
    return { email, name: typeof claims.name === "string" ? claims.name : "" };
  } catch (error) {
    log.warn("single sign-on refused", { error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}
