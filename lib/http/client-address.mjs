// @ts-check
// Which address a request comes from, for the sign-in limits. The socket's remote address is
// the only one nobody can forge; X-Forwarded-For is believed only as far as it was written by
// proxies the operator listed in TRUSTED_PROXIES. Plain JS: server.mjs, which sees the socket,
// decides it and hands it to the app in CLIENT_ADDRESS_HEADER (docs/decisions/0014-sign-in-limits.md).
import { BlockList, isIP } from "node:net";

/**
 * The request header in which server.mjs passes the client address to the app. server.mjs sets
 * it on every request, replacing whatever a client sent under that name.
 */
export const CLIENT_ADDRESS_HEADER = "x-klartekst-client-address";

/**
 * Set in the environment by server.mjs: the app believes CLIENT_ADDRESS_HEADER only when the
 * server that wrote it is in front (`next dev` and `next start` would pass a client's own).
 */
export const CLIENT_ADDRESS_FROM_SERVER_ENV = "KLARTEKST_CLIENT_ADDRESS_FROM_SERVER";

/** Used when the address is unknown (no socket address, or a server without server.mjs). */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * "::ffff:192.0.2.1" → "192.0.2.1"; "[2001:db8::1]:443" → "2001:db8::1"; "192.0.2.1:5000" →
 * "192.0.2.1" (some proxies append the port); anything else that is not an IP address → null.
 * @param {string | undefined | null} value
 * @returns {string | null}
 */
export function normaliseAddress(value) {
  let text = (value ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1] ?? "";
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  const version = isIP(text);
  if (version === 0) return null;
  if (version === 4) return text;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  return mapped ? (mapped[1] ?? null) : text.toLowerCase();
}

/**
 * The operator's list of proxies whose X-Forwarded-For is believed: addresses or CIDR ranges,
 * separated by commas or spaces ("10.0.0.0/8, 2001:db8::/32, 192.0.2.7"). Throws on an entry
 * that is neither, so a typo stops the server instead of silently trusting nobody (or everybody).
 * @param {string | undefined} value
 */
export function parseTrustedProxies(value) {
  const list = new BlockList();
  /** @type {string[]} */
  const entries = [];
  for (const entry of (value ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [rawAddress = "", prefixText, ...rest] = entry.split("/");
    const address = normaliseAddress(rawAddress);
    if (!address || rest.length > 0) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8)`);
    const type = isIP(address) === 4 ? "ipv4" : "ipv6";
    if (prefixText === undefined) {
      list.addAddress(address, type);
    } else {
      const prefix = Number(prefixText);
      if (!/^\d+$/.test(prefixText) || prefix > (type === "ipv4" ? 32 : 128)) throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
      list.addSubnet(address, prefix, type);
    }
    entries.push(entry);
  }
  return {
    entries,
    /** @param {string} address a normalised address */
    has: (address) => entries.length > 0 && list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6"),
  };
}

/** @typedef {ReturnType<typeof parseTrustedProxies>} TrustedProxies */

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then X-Forwarded-For
 * is read from the right (each proxy appends the address it saw) and the first address that is
 * not a trusted proxy is the client. Everything left of it was written by the client and is
 * ignored. A malformed entry ends the walk at the proxy that passed it on.
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {TrustedProxies} trusted
 * @returns {string}
 */
export function clientAddress(socketAddress, forwardedFor, trusted) {
  let address = normaliseAddress(socketAddress);
  if (!address) return UNKNOWN_ADDRESS;
  if (!trusted.has(address)) return address;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",");
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i]);
    if (!hop) break;
    address = hop;
    if (!trusted.has(hop)) break;
  }
  return address;
}

/**
 * What the per-address limit counts: an IPv4 address, or the /64 network of an IPv6 address,
 * since one subscriber usually gets a whole /64 and could otherwise try from 2^64 addresses.
 * @param {string} address a normalised address or UNKNOWN_ADDRESS
 */
export function addressBucket(address) {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}
