// @ts-check
// The front thread: the server's public side. It answers readers from the front cache
// (lib/cache/front-cache.mjs) and passes everything else — the admin, sign-in, misses, files — to
// the app (Next.js, in the main thread of server.mjs) over loopback. Cache hits then never wait
// for a turn of the event loop that renders the admin, and the admin's renders never wait behind
// thousands of hits a second: the operating system shares the cores between the two threads.
// See docs/decisions/0040-front-thread.md.
//
// Messages from the app: "expired" (cache tags were expired — a publish here, another instance's
// read by a poll, a background job: empty the cache, and let readers' misses wait for the posts
// under way to be answered), "metrics" (send this thread's figures) and "close" (stop taking
// connections). To the app: "listening", and the figures asked for.
import { Agent, createServer } from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import { cacheKey, forgetEverything, serveFromFrontCache } from "../cache/front-cache.mjs";
import { log } from "../log/log.mjs";
import { measure } from "../metrics/measure.mjs";
import { metrics } from "../metrics/registry.mjs";
import { acceptsGzip } from "./accept-encoding.mjs";
import { answerClientError } from "./client-error.mjs";
import { forwardedHeaders } from "./front-link.mjs";
import { proxy } from "./proxy.mjs";
import { withDefaultPolicy } from "./default-policy.mjs";
import { refuse } from "./error-page.mjs";
import { readBody } from "./read-body.mjs";
import { actionBodyLimit, checkRequest, needsBodyCheck } from "./request-guard.mjs";
import { lowerThisThreadsPriority } from "./thread-priority.mjs";

/** @type {{ port: number, hostname: string, appPort: number, token: string }} */
const { port, hostname, appPort, token } = workerData;
if (!parentPort) throw new Error("lib/http/front-thread.mjs runs as server.mjs's worker thread");
const app = parentPort;

// Readers get the CPU the app's thread leaves: a publish or an admin page is not made to wait
// for thousands of cache hits a second (docs/decisions/0041-readers-yield-to-editors.md).
lowerThisThreadsPriority(Number(process.env.FRONT_THREAD_NICE ?? 5));

// Connections to the app are kept and reused; one idle for 30 s is closed here, well before the
// app's keep-alive timeout could close it under a request being sent.
const agent = new Agent({ keepAlive: true, timeout: 30_000 });

/**
 * A request the cache may answer: a plain read that the app's request guard would pass as it is,
 * and not an HTTP cache's fetch (those wait for the newest publishes in the app: server.mjs).
 * @param {import("node:http").IncomingMessage} req
 */
const mayAnswerFromCache = (req) => (req.method === "GET" || req.method === "HEAD") && req.headers["surrogate-capability"] === undefined && checkRequest(req) === null;

/** Server actions and form posts passed on to the app and not answered yet. @type {Set<Promise<void>>} */
const postsUnderWay = new Set();
/**
 * Settled once the posts under way when tags last expired have been answered (at most
 * HOLD_MISSES_MS later): until then, readers' misses wait. The publish that emptied the cache is
 * one of them, and its answer is then made without the app re-rendering, at the same moment,
 * every public page it emptied; and Next applies a publish's expiries when its action ends, so a
 * page rendered before that could still be the old version.
 */
let missesMayGo = Promise.resolve();
const HOLD_MISSES_MS = 1000;

/** @param {import("node:http").ServerResponse} res */
function trackPost(res) {
  const answered = new Promise((resolve) => res.once("close", () => resolve(undefined)));
  postsUnderWay.add(answered);
  void answered.then(() => postsUnderWay.delete(answered));
}

function holdMisses() {
  if (postsUnderWay.size === 0) return;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const held = new Promise((resolve) => (timer = setTimeout(resolve, HOLD_MISSES_MS)));
  missesMayGo = Promise.race([Promise.allSettled([...postsUnderWay]), held]).then(() => clearTimeout(timer));
}

const server = createServer(async (req, res) => {
  measure(req, res);
  withDefaultPolicy(res);
  try {
    if (mayAnswerFromCache(req)) {
      req.headers["accept-encoding"] = acceptsGzip(req.headers["accept-encoding"]) ? "gzip" : "identity";
      if (await serveFromFrontCache(req, res)) return;
      // Only what the cache keeps waits: a publish's own answer asks for the admin page it
      // redirects to through this address (Next fetches it), and must not wait for itself.
      if (cacheKey(req) !== null) await missesMayGo;
    }
  } catch (error) {
    // The cache is an optimisation: on any failure of its own, the app answers as usual.
    log.error("front cache failed", { error });
  }
  const headers = forwardedHeaders(req.headers, { token, peer: req.socket.remoteAddress });
  if (!needsBodyCheck(req)) return proxy(req, res, { port: appPort, agent, headers });
  // A server action's body is read here, up to its limit, before the app checks it: refused
  // while still being sent, it would end the app's connection under the proxy (a 502 for a 413).
  const body = await readBody(req, actionBodyLimit(req.url ?? "/")).catch(() => undefined);
  if (body === undefined) return void res.destroy();
  if (body === null) {
    res.setHeader("Connection", "close");
    return refuse(req, res, { status: 413 });
  }
  trackPost(res);
  proxy(req, res, { port: appPort, agent, headers, body });
});
// Longer than a load balancer's idle timeout, so it never reuses a socket we just closed.
server.keepAliveTimeout = 65_000;
server.on("clientError", answerClientError);

app.on("message", async (/** @type {{ type: string, id?: number }} */ message) => {
  if (message.type === "expired") {
    forgetEverything();
    holdMisses();
  } else if (message.type === "metrics") app.postMessage({ type: "metrics", id: message.id, metrics: await metrics().registry.getMetricsAsJSON() });
  else if (message.type === "close") server.close();
});
server.listen(port, hostname, () => app.postMessage({ type: "listening" }));
