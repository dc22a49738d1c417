import { registerOTel } from "@vercel/otel";

/** Tracing is off unless an OTLP endpoint is configured (the standard OpenTelemetry variables). */
export function tracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) && env.OTEL_SDK_DISABLED !== "true";
}

/** Next's own spans (requests, route rendering, fetches) exported over OTLP/HTTP. */
export function startTracing() {
  registerOTel({ serviceName: process.env.OTEL_SERVICE_NAME || "klartekst" });
}
