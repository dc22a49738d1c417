import { BlockList, isIP } from "node:net";

/*
 * Which addresses may receive webhooks (docs/decisions/0033-webhooks.md). An endpoint is a
 * public HTTPS URL: never plain HTTP (the body and signature would travel readable), never an
 * address inside our own network (the server would otherwise fetch for whoever can type a URL:
 * SSRF). Checked when an endpoint is saved (the host as written) and again before every
 * delivery (every address its name resolves to then). Tests set WEBHOOK_ALLOW_LOOPBACK=1 to
 * deliver to http://127.0.0.1 or localhost, and only there.
 */

export type EndpointProblem = "url" | "https" | "private";

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  PRIVATE.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 127],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const)
  PRIVATE.addSubnet(net, prefix, "ipv6");

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export const loopbackAllowed = (env: Record<string, string | undefined> = process.env) => env.WEBHOOK_ALLOW_LOOPBACK === "1";

/** Whether an IP address is one a public endpoint cannot have (private, loopback, link-local, …). */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 0) return true;
  if (version === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return isPrivateAddress(mapped[1]!);
    return PRIVATE.check(address, "ipv6");
  }
  return PRIVATE.check(address, "ipv4");
}

const isLoopback = (address: string) => address === "::1" || (isIP(address) === 4 && address.startsWith("127."));

/** The problem with an endpoint URL as written, or null when it may be saved. */
export function endpointProblem(value: string, allowLoopback = loopbackAllowed()): EndpointProblem | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "url";
  }
  if (url.username || url.password || url.hash || value.length > 2000 || !url.hostname) return "url";
  const host = url.hostname.toLowerCase();
  const loopback = LOOPBACK_NAMES.has(host);
  if (allowLoopback && loopback && (url.protocol === "http:" || url.protocol === "https:")) return null;
  if (url.protocol !== "https:") return "https";
  const literal = host.startsWith("[") ? host.slice(1, -1) : host;
  if (loopback || host.endsWith(".localhost") || (isIP(literal) !== 0 && isPrivateAddress(literal))) return "private";
  return null;
}

/** Whether a delivery may go to these resolved addresses: all public (or loopback, when tests allow it). */
export function deliverableAddresses(addresses: string[], allowLoopback = loopbackAllowed()): boolean {
  return addresses.length > 0 && addresses.every((address) => !isPrivateAddress(address) || (allowLoopback && isLoopback(address)));
}
