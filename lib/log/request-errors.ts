import type { Instrumentation } from "next";
import { databaseUrl, isPostgresUrl } from "../db/url";
import { log } from "./index";

export function logStart() {
  log.info("instance started", { database: isPostgresUrl(databaseUrl()) ? "postgresql" : "sqlite", pid: process.pid, node: process.version });
}

/** Unhandled errors in pages, route handlers and actions, with Next's digest (the id users see). */
export const logRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const digest = typeof error === "object" && error && "digest" in error ? String(error.digest) : undefined;
  log.error("request failed", { method: request.method, path: request.path, routePath: context.routePath, routeType: context.routeType, digest, error });
};
