import type { Instrumentation } from "next";

// Structured JSON logs (lib/log): a line when the instance starts, one per unhandled error.
// OpenTelemetry traces when an OTLP endpoint is configured (lib/metrics/tracing.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/log/request-errors")).logStart();
  const tracing = await import("./lib/metrics/tracing");
  if (tracing.tracingConfigured()) tracing.startTracing();
}

export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("./lib/log/request-errors")).logRequestError(...args);
};
