// @ts-check
// The production server: Next.js behind an in-memory cache of finished public responses
// (lib/cache/front-cache.mjs). `npm start` runs it; like `next start` it takes `-p PORT` and
// `-H HOST` (or PORT / HOSTNAME) and listens once Next is ready.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { serveFromFrontCache } from "./lib/cache/front-cache.mjs";
import { CLIENT_ADDRESS_FROM_SERVER_ENV, CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedProxies } from "./lib/http/client-address.mjs";
import { log } from "./lib/log/log.mjs";

const { values: args } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
// Only this server sees the socket: it decides each request's client address for the sign-in
// limits and tells the app in a header no client can set (lib/http/client-address.mjs).
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
process.env[CLIENT_ADDRESS_FROM_SERVER_ENV] = "1";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer(async (req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
  try {
    if (await serveFromFrontCache(req, res)) return;
  } catch (error) {
    // The cache is an optimisation: on any failure of its own, Next answers as usual.
    log.error("front cache failed", { error });
  }
  await handle(req, res);
});
// Longer than a load balancer's idle timeout, so it never reuses a socket we just closed.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  log.info("listening", { url: `http://${hostname}:${port}`, trustedProxies: trustedProxies.entries });
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
