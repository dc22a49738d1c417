// @ts-check
// The process's Prometheus metrics, declared once. server.mjs and the app's own modules (bundled
// by Next) both reach the same objects through globalThis, so a publish measured inside a server
// action and a request counted by server.mjs end up in one /metrics answer. The front thread
// (lib/http/front-thread.mjs) has a registry of its own, which /metrics adds in.
import { isMainThread } from "node:worker_threads";
import client from "prom-client";

const KEY = Symbol.for("klartekst.metrics");

/** Request durations in seconds: cached public answers take milliseconds, publishes seconds. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10];

/** @typedef {{ totalCount: number, idleCount: number, waitingCount: number }} PoolStats */

function create() {
  const registry = new client.Registry();
  // The process's own figures (memory, CPU, event loop) once: in the app's thread, not again in the front thread's.
  if (isMainThread) client.collectDefaultMetrics({ register: registry, prefix: "klartekst_" });
  /** @type {(() => PoolStats) | null} */
  let poolStats = null;
  const metrics = {
    registry,
    httpRequests: new client.Counter({
      name: "klartekst_http_requests_total",
      help: "HTTP requests answered, by route template, method and status.",
      labelNames: ["route", "method", "status"],
      registers: [registry],
    }),
    httpDuration: new client.Histogram({
      name: "klartekst_http_request_duration_seconds",
      help: "Time from request to the last byte of the answer, by route template and method.",
      labelNames: ["route", "method"],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    frontCache: new client.Counter({
      name: "klartekst_front_cache_requests_total",
      help: "Public GET/HEAD requests the in-process front cache answered (hit) or passed to Next (miss).",
      labelNames: ["result"],
      registers: [registry],
    }),
    nextCache: new client.Counter({
      name: "klartekst_next_cache_responses_total",
      help: "Answers from Next's prerendered/cached routes, by its x-nextjs-cache verdict (HIT, STALE, MISS).",
      labelNames: ["result"],
      registers: [registry],
    }),
    publishDuration: new client.Histogram({
      name: "klartekst_publish_duration_seconds",
      help: "Time a publish takes, from the editor's request to every cache told, by outcome.",
      labelNames: ["outcome"],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers: [registry],
    }),
    purgeFailures: new client.Counter({
      name: "klartekst_cache_purge_failures_total",
      help: "Purge attempts to HTTP caches in front (CACHE_PURGE_URLS) that failed; each is retried until taken (lib/cache/purge.mjs).",
      registers: [registry],
    }),
    /** Called by lib/db/client.ts with its PostgreSQL pool; SQLite has none. @param {() => PoolStats} stats */
    observePool(stats) {
      poolStats = stats;
    },
  };
  for (const [name, help, field] of /** @type {const} */ ([
    ["klartekst_db_pool_connections", "PostgreSQL connections the pool holds (busy and idle).", "totalCount"],
    ["klartekst_db_pool_idle_connections", "PostgreSQL connections idle in the pool.", "idleCount"],
    ["klartekst_db_pool_waiting_requests", "Queries waiting for a free PostgreSQL connection.", "waitingCount"],
  ])) {
    new client.Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        if (poolStats) this.set(poolStats()[field]);
      },
    });
  }
  return metrics;
}

/** @typedef {ReturnType<typeof create>} Metrics */

/** @returns {Metrics} */
export function metrics() {
  const store = /** @type {Record<symbol, Metrics | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (store[KEY] ??= create());
}
