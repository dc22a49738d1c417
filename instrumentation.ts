import type { Instrumentation } from "next";

// Structured JSON logs (lib/log): a line when the instance starts, one per unhandled error.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("./lib/log/request-errors")).logStart();
}

export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("./lib/log/request-errors")).logRequestError(...args);
};
