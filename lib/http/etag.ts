import { createHash } from "node:crypto";

/** A strong ETag: the SHA-256 of the body. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url")}"`;
}
