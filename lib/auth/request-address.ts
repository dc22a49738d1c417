import { CLIENT_ADDRESS_FROM_SERVER_ENV, CLIENT_ADDRESS_HEADER, UNKNOWN_ADDRESS, normaliseAddress } from "../http/client-address.mjs";

/**
 * The client address server.mjs decided for this request (from the socket, or from
 * X-Forwarded-For as far as TRUSTED_PROXIES allow). Without server.mjs in front (`next dev`)
 * nothing vouches for the header, so every client counts as one unknown address.
 */
export function requestClientAddress(headers: Headers): string {
  if (process.env[CLIENT_ADDRESS_FROM_SERVER_ENV] !== "1") return UNKNOWN_ADDRESS;
  return normaliseAddress(headers.get(CLIENT_ADDRESS_HEADER)) ?? UNKNOWN_ADDRESS;
}
