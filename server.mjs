// @ts-check
// The production server: Next.js behind a guard against malformed and misdirected requests
// (lib/http/request-guard.mjs) and an in-memory cache of finished public responses
// (lib/cache/front-cache.mjs); it marks public answers with their surrogate keys for HTTP
// caches in front (lib/cache/surrogate-keys.mjs). `npm start` runs it; like `next start` it
// takes `-p PORT` and `-H HOST` (or PORT / HOSTNAME) and listens once Next is ready.
import { statSync } from "node:fs";
import { createServer, IncomingMessage } from "node:http";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import next from "next";
import { serveFromFrontCache } from "./lib/cache/front-cache.mjs";
import { createLane, isPublicRead } from "./lib/http/public-lane.mjs";
import { INTERNAL_PATH_PREFIX, INTERNAL_TOKEN_HEADER, internalToken, isInternalRequest } from "./lib/cache/internal.mjs";
import { parsePurgeUrls } from "./lib/cache/purge.mjs";
import { parseSurrogateKeyHeaders, setSurrogateKeys } from "./lib/cache/surrogate-keys.mjs";
import { startTagSync, syncExpiredTags, syncExpiredTagsNow } from "./lib/cache/tag-sync.mjs";
import { startJobTicker, tickInterval } from "./lib/jobs/ticker.mjs";
import { acceptsGzip } from "./lib/http/accept-encoding.mjs";
import { CLIENT_ADDRESS_FROM_SERVER_ENV, CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedProxies } from "./lib/http/client-address.mjs";
import { withDefaultPolicy } from "./lib/http/default-policy.mjs";
import { errorResponseFor, parserErrorResponse, withErrorPage } from "./lib/http/error-page.mjs";
import { isFormPostWithoutScript, withAnswerSlot, withoutReactFormState } from "./lib/forms/answer-scope.mjs";
import { publicOrigin } from "./lib/http/public-origin.mjs";
import { actionBodyLimit, checkActionBody, checkOrigin, checkRequest, needsBodyCheck, pathKind } from "./lib/http/request-guard.mjs";
import { log } from "./lib/log/log.mjs";
import { METRICS_PATH, metricsAnswer, metricsToken } from "./lib/metrics/endpoint.mjs";
import { metrics } from "./lib/metrics/registry.mjs";
import { routeOf } from "./lib/metrics/route.mjs";

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
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Publishes through other instances reach this one's caches through Next's own revalidateTag, in
// a route handler this server calls over loopback (lib/cache/tag-sync.mjs). Pages prerendered by
// the build already hold what was published before it.
const loopback = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
startTagSync(
  async (tags) => {
    const response = await fetch(`http://${loopback.includes(":") ? `[${loopback}]` : loopback}:${port}${INTERNAL_PATH_PREFIX}expire-tags`, {
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

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;
/** A server's request to itself: from loopback, with its token; nobody else reaches the internal routes. */
const isOwnRequest = (/** @type {IncomingMessage} */ req) => LOOPBACK.test(req.socket.remoteAddress ?? "") && isInternalRequest(String(req.headers[INTERNAL_TOKEN_HEADER] ?? ""));

/** @param {import("node:http").ServerResponse} res @param {number} status @param {Record<string, string>} headers @param {string} [body] */
function answer(res, status, headers, body) {
  res.writeHead(status, headers);
  res.end(body);
}

/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {{ status: 400 | 403 | 404 | 405 | 413, allow?: string }} verdict */
function refuse(req, res, verdict) {
  const { status, headers, body } = errorResponseFor(verdict, req.url ?? "/");
  answer(res, status, headers, req.method === "HEAD" ? undefined : body);
}

/** The body, or null when it is longer than `limit` (then the rest is not read). @param {IncomingMessage} req @param {number} limit */
async function readBody(req, limit) {
  if (Number(req.headers["content-length"] ?? 0) > limit) return null;
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
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

/** Counts every answer by route template and status, and its duration. @param {IncomingMessage} req @param {import("node:http").ServerResponse} res */
function measure(req, res) {
  const started = process.hrtime.bigint();
  res.once("finish", () => {
    const { httpRequests, httpDuration, nextCache } = metrics();
    const route = routeOf(req.url ?? "/");
    const method = ["GET", "HEAD", "POST", "OPTIONS"].includes(req.method ?? "") ? String(req.method) : "other";
    httpRequests.inc({ route, method, status: String(res.statusCode) });
    httpDuration.observe({ route, method }, Number(process.hrtime.bigint() - started) / 1e9);
    const verdict = res.getHeader("x-nextjs-cache");
    if (typeof verdict === "string" && ["HIT", "STALE", "MISS"].includes(verdict)) nextCache.inc({ result: verdict });
  });
}

const server = createServer(async (req, res) => {
  measure(req, res);
  withDefaultPolicy(res);
  withErrorPage(req, res);
  if (req.url === METRICS_PATH || req.url?.startsWith(`${METRICS_PATH}?`)) {
    const { status, headers, body } = await metricsAnswer(req, scrapeToken);
    return answer(res, status, headers, req.method === "HEAD" ? undefined : body);
  }
  if (req.url?.startsWith(INTERNAL_PATH_PREFIX)) {
    if (isOwnRequest(req)) return void (await handle(req, res));
    return refuse(req, res, { status: 404 });
  }
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
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
    if (await serveFromFrontCache(req, res)) return;
  } catch (error) {
    // The cache is an optimisation: on any failure of its own, Next answers as usual.
    log.error("front cache failed", { error });
  }
  if (isPublicRead(req)) await handlePublic(req, res);
  else await handle(req, res);
});
// Longer than a load balancer's idle timeout, so it never reuses a socket we just closed.
server.keepAliveTimeout = 65_000;
// Requests Node's parser refuses (an unknown method, an overlong address) get a complete page or
// problem in place of Node's bare status line.
server.on("clientError", (/** @type {NodeJS.ErrnoException & { rawPacket?: Buffer }} */ error, socket) => {
  // As Node itself: nothing more once an answer has begun on this connection or it is gone; a
  // request that was too slow gets Node's 408.
  const answering = /** @type {{ _httpMessage?: { headersSent?: boolean } }} */ (socket)._httpMessage?.headersSent;
  if (!socket.writable || answering || !error.code?.startsWith("HPE_")) {
    if (socket.writable && !answering && error.code === "ERR_HTTP_REQUEST_TIMEOUT") return void socket.end("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n");
    return void socket.destroy();
  }
  socket.end(parserErrorResponse(error));
});
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
      const response = await fetch(`http://${loopback.includes(":") ? `[${loopback}]` : loopback}:${port}${INTERNAL_PATH_PREFIX}run-jobs`, {
        method: "POST",
        headers: { [INTERNAL_TOKEN_HEADER]: token },
      });
      if (response.status !== 200) throw new Error(`running jobs answered ${response.status}`);
    },
    { intervalMs: jobTickMs },
  );
}

server.listen(port, hostname, () => {
  log.info("listening", { url: `http://${hostname}:${port}`, publicUrl: origin, trustedProxies: trustedProxies.entries, purgeCaches: purgeUrls });
  startJobs();
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    stopJobs();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
