import { promises as dns, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { deliverableAddresses, loopbackAllowed } from "./endpoint-url";

type Resolve = (hostname: string) => Promise<LookupAddress[]>;

const resolveAll: Resolve = (hostname) => dns.lookup(hostname, { all: true });

/**
 * A `lookup` for the delivery's socket that connects only where deliverableAddresses allows.
 * The check and the connection use the same DNS answer: a name pointed inward after it was
 * checked (DNS rebinding) cannot make the server post into our own network.
 */
export function checkedLookup(resolve: Resolve = resolveAll, allowLoopback = loopbackAllowed()): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (entries) => {
        if (
          !deliverableAddresses(
            entries.map((entry) => entry.address),
            allowLoopback,
          )
        )
          return callback(Object.assign(new Error(`${hostname} does not resolve to public addresses only`), { code: "ENOTPUBLIC" }), "", 0);
        if (options.all) return callback(null, entries);
        callback(null, entries[0]!.address, entries[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}
