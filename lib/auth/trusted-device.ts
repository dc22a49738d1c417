import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { normaliseEmail } from "./sign-in-limits";

/*
 * OWASP's "device cookie": after a successful sign-in the browser gets a cookie that names a
 * random device id and is signed for that one account. When the browser signs in to that
 * account again, its attempts are counted on their own (lib/auth/password-guard.ts), so an
 * attacker's failures — which hold back the account for everyone else — never hold back the
 * editor's own browser. The cookie holds no e-mail address; it is HttpOnly and lasts a year.
 */

export const TRUSTED_DEVICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** Secure cookies get the __Host- prefix: only this origin, over HTTPS, for the whole site. */
export const trustedDeviceCookieName = (secure: boolean) => `${secure ? "__Host-" : ""}klartekst.device`;

const signature = (secret: string, deviceId: string, email: string) =>
  createHmac("sha256", secret)
    .update(`klartekst-device\n${deviceId}\n${normaliseEmail(email)}`)
    .digest();

/** A new cookie value that vouches for this browser and this account. */
export function issueTrustedDevice(email: string, secret: string): string {
  const deviceId = randomBytes(16).toString("base64url");
  return `${deviceId}.${signature(secret, deviceId, email).toString("base64url")}`;
}

/** The device id when the cookie is one we signed for this account; null otherwise. */
export function trustedDeviceId(cookie: string | undefined, email: string, secret: string): string | null {
  const [deviceId, mac, ...rest] = (cookie ?? "").split(".");
  if (!deviceId || !mac || rest.length > 0) return null;
  const expected = signature(secret, deviceId, email);
  const given = Buffer.from(mac, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
}
