// @ts-check
// The production server: Next.js behind a guard against malformed and misdirected requests
// (lib/http/request-guard.mjs) and an in-memory cache of finished public responses
// (lib/cache/front-cache.mjs); it marks public answers with their surrogate keys for HTTP
// caches in front (lib/cache/surrogate-keys.mjs). `npm start` runs it; like `next start` it
// takes `-p PORT` and `-H HOST` (or PORT / HOSTNAME) and listens once Next is ready.
//
// Two threads: the front thread (lib/http/front-thread.mjs) listens on the public address,
// answers readers from the front cache and passes the rest over loopback to this thread, where
// Next runs behind the guard (docs/decisions/0040-front-thread.md). FRONT_THREAD=off keeps one
// thread that does both, listening on the public address itself.
import { statSync } from "node:fs";
import { createServer, IncomingMessage } from "node:http";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import next from "next";
import { serveFromFrontCache } from "./lib/cache/front-cache.mjs";
import { createLane, isPublicRead } from "./lib/http/public-lane.mjs";
import { INTERNAL_PATH_PREFIX, INTERNAL_TOKEN_HEADER, internalToken, isInternalRequest, isLoopback } from "./lib/cache/internal.mjs";
import { parsePurgeUrls } from "./lib/cache/purge.mjs";
import { parseSurrogateKeyHeaders, setSurrogateKeys } from "./lib/cache/surrogate-keys.mjs";
import { onTagsExpired, POLL_MS, startTagSync, syncExpiredTags, syncExpiredTagsNow } from "./lib/cache/tag-sync.mjs";
import { startJobTicker, tickInterval } from "./lib/jobs/ticker.mjs";
import { acceptsGzip } from "./lib/http/accept-encoding.mjs";
import { CLIENT_ADDRESS_FROM_SERVER_ENV, CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedProxies } from "./lib/http/client-address.mjs";
import { withDefaultPolicy } from "./lib/http/default-policy.mjs";
import { answerClientError } from "./lib/http/client-error.mjs";
import { refuse, withErrorPage } from "./lib/http/error-page.mjs";
import { newFrontToken, takeFrontHeaders } from "./lib/http/front-link.mjs";
import { isFormPostWithoutScript, withAnswerSlot, withoutReactFormState } from "./lib/forms/answer-scope.mjs";
import { publicOrigin } from "./lib/http/public-origin.mjs";
import { readBody } from "./lib/http/read-body.mjs";
import { actionBodyLimit, checkActionBody, checkOrigin, checkRequest, needsBodyCheck, pathKind } from "./lib/http/request-guard.mjs";
import { log } from "./lib/log/log.mjs";
import { METRICS_PATH, metricsAnswer, metricsToken } from "./lib/metrics/endpoint.mjs";
import { measure } from "./lib/metrics/measure.mjs";

const { values: args } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
// Without PUBLIC_URL (the demo), links name this machine at the port it listens on: `PORT=3555
// npm run demo` must not link to :3000. Production sets PUBLIC_URL (README, "Production").
if (!process.env.PUBLIC_URL?.trim()) process.env.PUBLIC_URL = `http://localhost:${port}`;
const origin = publicOrigin(); // fails at start, not on a request, when PUBLIC_URL is not an origin
// Only this server sees the socket: it decides each request's client address for the sign-in
// limits and tells the app in a header no client can set (lib/http/client-address.mjs).
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
process.env[CLIENT_ADDRESS_FROM_SERVER_ENV] = "1";
// HTTP caches in front: which headers name an answer's surrogate keys, and where publishes purge
// them (checked here, so a typo stops the server rather than leaving pages stale).
const surrogateKeyHeaders = parseSurrogateKeyHeaders(process.env.SURROGATE_KEY_HEADERS);
const purgeUrls = parsePurgeUrls(process.env.CACHE_PURGE_URLS);

const token = internalToken(); // before Next starts: its route handlers compare against it
const scrapeToken = metricsToken(); // fails at start, not on a scrape, when too short
const jobTickMs = tickInterval(); // fails at start, not later, when JOB_TICK_MS is malformed
if (!["on", "off", undefined].includes(process.env.FRONT_THREAD)) throw new Error(`FRONT_THREAD is on or off, not ${process.env.FRONT_THREAD}`);
const frontToken = process.env.FRONT_THREAD === "off" ? null : newFrontToken();
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Publishes through other instances reach this one's caches through Next's own revalidateTag, in
// a route handler this server calls over loopback (lib/cache/tag-sync.mjs). Pages prerendered by
// the build already hold what was published before it.
/** Where this thread's server listens (set once it does): its own loopback calls go there. */
let appUrl = "";
startTagSync(
  async (tags) => {
    const response = await fetch(`${appUrl}${INTERNAL_PATH_PREFIX}expire-tags`, {
      method: "POST",
      headers: { "content-type": "application/json", [INTERNAL_TOKEN_HEADER]: token },
      body: JSON.stringify({ tags }),
    });
    if (response.status !== 204) throw new Error(`expiring tags answered ${response.status}`);
  },
  { renderedSince: statSync(".next/BUILD_ID").mtimeMs },
);

// Editors first (docs/decisions/0030-editors-first.md): readers' requests that the front cache
// cannot answer reach Next a few at a time; the admin's never wait behind them.
// Off unless PUBLIC_RENDERS_AT_ONCE is set: its gain was within the noise of the load test so far.
const rendersAtOnce = Number(process.env.PUBLIC_RENDERS_AT_ONCE ?? 0);
const publicLane = rendersAtOnce > 0 ? createLane(rendersAtOnce) : null;
/** Next's answer to a reader, in its turn. @param {IncomingMessage} req @param {import("node:http").ServerResponse} res */
const handlePublic = (req, res) =>
  publicLane
    ? publicLane.run(async () => {
        // A reader who left while waiting needs no render; and a response that already closed
        // never says so again, which would hold its place in the lane for ever.
        if (res.destroyed || res.writableEnded) return;
        const done = finished(res).catch(() => {});
        await handle(req, res);
        await done;
      })
    : handle(req, res);

/** A server's request to itself: from loopback, with its token; nobody else reaches the internal routes. */
const isOwnRequest = (/** @type {IncomingMessage} */ req) => isLoopback(req.socket.remoteAddress) && isInternalRequest(String(req.headers[INTERNAL_TOKEN_HEADER] ?? ""));

/** @param {import("node:http").ServerResponse} res @param {number} status @param {Record<string, string>} headers @param {string} [body] */
function answer(res, status, headers, body) {
  res.writeHead(status, headers);
  res.end(body);
}

/** The same request with its body already read, for Next to read again. @param {IncomingMessage} req @param {Buffer} body */
function withBody(req, body) {
  const copy = new IncomingMessage(/** @type {any} */ (req.socket));
  Object.assign(copy, {
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    method: req.method,
    url: req.url,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    complete: true,
  });
  copy.push(body);
  copy.push(null);
  return copy;
}

/** @type {Worker | null} */
let front = null;
/** The front thread's metrics, for /metrics to add to this thread's. */
const frontMetrics = () =>
  /** @type {Promise<any[]>} */ (
    new Promise((resolve) => {
      const thread = /** @type {Worker} */ (front);
      const id = Math.random();
      /** @param {unknown[]} figures */
      const done = (figures) => {
        thread.off("message", listener);
        clearTimeout(timer);
        resolve(figures);
      };
      const listener = (/** @type {{ type: string, id?: number, metrics?: unknown }} */ message) => {
        if (message.type === "metrics" && message.id === id) done([message.metrics]);
      };
      // A scrape without the front thread's figures rather than none at all.
      const timer = setTimeout(() => done([]), 2000);
      thread.on("message", listener);
      thread.postMessage({ type: "metrics", id });
    })
  );

const server = createServer(async (req, res) => {
  const { viaFront, socketAddress } = takeFrontHeaders(req, frontToken);
  measure(req, res, { requests: !viaFront }); // the front thread counted it
  withDefaultPolicy(res);
  withErrorPage(req, res);
  if (req.url === METRICS_PATH || req.url?.startsWith(`${METRICS_PATH}?`)) {
    const { status, headers, body } = await metricsAnswer(req, scrapeToken, front ? frontMetrics : undefined);
    return answer(res, status, headers, req.method === "HEAD" ? undefined : body);
  }
  if (req.url?.startsWith(INTERNAL_PATH_PREFIX)) {
    if (!viaFront && isOwnRequest(req)) return void (await handle(req, res));
    return refuse(req, res, { status: 404 });
  }
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(socketAddress, req.headers["x-forwarded-for"], trustedProxies);
  try {
    const verdict = checkRequest(req);
    if (verdict?.status === 308) return answer(res, 308, { Location: verdict.location, "Cache-Control": "no-store" });
    if (verdict?.status === 204) return answer(res, 204, { Allow: verdict.allow, "Cache-Control": "public, max-age=86400" });
    if (verdict) return refuse(req, res, verdict);
    if (needsBodyCheck(req)) {
      const refused = checkOrigin(req, origin);
      if (refused) return refuse(req, res, refused);
      const body = await readBody(req, actionBodyLimit(req.url ?? "/"));
      if (body === null) {
        res.setHeader("Connection", "close");
        return refuse(req, res, { status: 413 });
      }
      const unreadable = await checkActionBody(req.headers["content-type"], body);
      if (unreadable) return refuse(req, res, unreadable);
      if (!isFormPostWithoutScript(req)) return await handle(withBody(req, body), res);
      // A form posted without JavaScript: its action leaves the answer for the page Next renders
      // in the same response, instead of React's form state (lib/forms/answer-scope.mjs).
      const form = await withoutReactFormState(String(req.headers["content-type"]), body);
      req.headers["content-type"] = form.contentType;
      req.headers["content-length"] = String(form.body.length);
      delete req.headers["transfer-encoding"];
      const request = withBody(req, form.body);
      return await withAnswerSlot(() => handle(request, res));
    }
  } catch (error) {
    log.error("request guard failed", { error, path: pathKind(req.url ?? "/") });
    if (!res.headersSent) return refuse(req, res, { status: 400 });
    return;
  }
  if (req.method === "GET" || req.method === "HEAD") setSurrogateKeys(res, req.url ?? "/", surrogateKeyHeaders);
  // Publishes through other instances first, so no cache here serves what they replaced. An HTTP
  // cache in front keeps what it gets until the next purge, so its fetches (it names itself in
  // Surrogate-Capability, as in the W3C Edge Architecture note) wait for a poll that sees every
  // publish written before they were sent.
  await (req.headers["surrogate-capability"] === undefined ? syncExpiredTags() : syncExpiredTagsNow());
  // One reading of Accept-Encoding for the front cache and for Next's compression, which takes
  // "GZIP;Q=0" for yes: gzip or nothing.
  req.headers["accept-encoding"] = acceptsGzip(req.headers["accept-encoding"]) ? "gzip" : "identity";
  try {
    // What comes through the front thread missed its cache (or is an HTTP cache's fetch, which
    // the front thread leaves to this one: it has to wait for the newest publishes above).
    if ((!viaFront || req.headers["surrogate-capability"] !== undefined) && (await serveFromFrontCache(req, res))) return;
  } catch (error) {
    // The cache is an optimisation: on any failure of its own, Next answers as usual.
    log.error("front cache failed", { error });
  }
  if (isPublicRead(req)) await handlePublic(req, res);
  else await handle(req, res);
});
// Longer than a load balancer's idle timeout, so it never reuses a socket we just closed.
server.keepAliveTimeout = 65_000;
server.on("clientError", answerClientError);
/**
 * Background jobs (scheduled publishes, expiring pages when a notice period ends) run in a route
 * handler this server calls over loopback, as above, at start — what fell due while no instance
 * ran is done at once — and then every JOB_TICK_MS (lib/jobs/ticker.mjs). Every instance asks;
 * the database gives each job to one of them (docs/decisions/0024-background-jobs.md).
 */
let stopJobs = () => {};
function startJobs() {
  if (jobTickMs === null) return log.info("background jobs are off on this instance (JOB_TICK_MS=off)");
  stopJobs = startJobTicker(
    async () => {
      const response = await fetch(`${appUrl}${INTERNAL_PATH_PREFIX}run-jobs`, {
        method: "POST",
        headers: { [INTERNAL_TOKEN_HEADER]: token },
      });
      if (response.status !== 200) throw new Error(`running jobs answered ${response.status}`);
    },
    { intervalMs: jobTickMs },
  );
}

/** Starts the front thread on the public address, in front of this thread's server at `appPort`. @param {number} appPort @param {string} token */
async function startFrontThread(appPort, token) {
  const thread = new Worker(new URL("./lib/http/front-thread.mjs", import.meta.url), { workerData: { port, hostname, appPort, token } });
  // Without it the public address is gone: the process ends, and its supervisor starts it again.
  thread.on("error", (error) => {
    log.error("the front thread failed", { error });
    process.exit(1);
  });
  thread.on("exit", (code) => {
    log.error("the front thread stopped", { code });
    process.exit(1);
  });
  await new Promise((resolve) => thread.on("message", (/** @type {{ type: string }} */ message) => message.type === "listening" && resolve(undefined)));
  // Posted before the answer to the publish that expired the tags leaves this thread, so the
  // front thread has read it by the time it passes that answer on: the message wakes its event
  // loop before the answer's bytes can, and both are handled in the same turn, before any
  // request the editor sends after reading the answer (docs/decisions/0040-front-thread.md).
  onTagsExpired(() => thread.postMessage({ type: "expired" }));
  // Publishes through other instances reach the front thread by this thread's polls, which no
  // longer come with every reader's request.
  setInterval(() => void syncExpiredTags(), POLL_MS).unref();
  return thread;
}

server.listen(frontToken ? 0 : port, frontToken ? "127.0.0.1" : hostname, async () => {
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  appUrl = `http://${address.family === "IPv6" ? `[${address.address === "::" ? "::1" : address.address}]` : address.address === "0.0.0.0" ? "127.0.0.1" : address.address}:${address.port}`;
  if (frontToken) front = await startFrontThread(address.port, frontToken);
  log.info("listening", { url: `http://${hostname}:${port}`, publicUrl: origin, frontThread: front !== null, trustedProxies: trustedProxies.entries, purgeCaches: purgeUrls });
  startJobs();
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    stopJobs();
    front?.removeAllListeners("exit");
    front?.postMessage({ type: "close" });
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
