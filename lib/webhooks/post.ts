import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { checkedLookup } from "./checked-lookup";

export class PostTimeoutError extends Error {
  override name = "TimeoutError";
}

/**
 * POSTs a webhook body and answers with the status: no redirects followed, the answer's body
 * not read, a time limit on the whole exchange, and the socket connected only to public
 * addresses (checkedLookup), so the address checked is the address reached.
 */
export function postWebhook(
  url: URL,
  { headers, body, timeoutMs, lookup = checkedLookup() }: { headers: Record<string, string>; body: string; timeoutMs: number; lookup?: LookupFunction },
): Promise<number> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: "POST", headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) }, lookup }, (response) => {
      response.resume();
      clearTimeout(timer);
      resolve(response.statusCode ?? 0);
    });
    const timer = setTimeout(() => outgoing.destroy(new PostTimeoutError(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    outgoing.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    outgoing.end(body);
  });
}
