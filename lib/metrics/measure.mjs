// @ts-check
// Counts every answer by route template and status, and its duration (from the request's
// arrival to the last byte): in the front thread for everything it answers or passes on, and in
// the app for what reaches it any other way (its own loopback calls, or everything when the
// front thread is off).
import { metrics } from "./registry.mjs";
import { routeOf } from "./route.mjs";

/**
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
 * @param {{ requests?: boolean }} [what] requests: false counts only Next's cache verdicts (the front thread counted the request)
 */
export function measure(req, res, { requests = true } = {}) {
  const started = process.hrtime.bigint();
  res.once("finish", () => {
    const { httpRequests, httpDuration, nextCache } = metrics();
    if (requests) {
      const route = routeOf(req.url ?? "/");
      const method = ["GET", "HEAD", "POST", "OPTIONS"].includes(req.method ?? "") ? String(req.method) : "other";
      httpRequests.inc({ route, method, status: String(res.statusCode) });
      httpDuration.observe({ route, method }, Number(process.hrtime.bigint() - started) / 1e9);
    }
    const verdict = res.getHeader("x-nextjs-cache");
    if (typeof verdict === "string" && ["HIT", "STALE", "MISS"].includes(verdict)) nextCache.inc({ result: verdict });
  });
}
