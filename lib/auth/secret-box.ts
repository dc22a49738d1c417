import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/*
 * Encrypts secrets the server must read back (TOTP secrets, recovery codes until they are shown)
 * with AES-256-GCM under a key derived from BETTER_AUTH_SECRET by HKDF, so a copy of the
 * database (or a backup file) alone does not give anyone a second factor. Changing
 * BETTER_AUTH_SECRET makes them unreadable: people then set up two-factor again.
 */

const VERSION = "v1";

function keyFor(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "klartekst", `klartekst ${purpose}`, 32));
}

export function seal(plaintext: string, secret: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret, purpose), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** The plaintext, or null when the box was sealed with another secret or purpose, or altered. */
export function open(sealed: string, secret: string, purpose: string): string | null {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret, purpose), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
