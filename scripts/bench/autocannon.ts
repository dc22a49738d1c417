// One autocannon run, reduced to the figures the bench and the load test print.
import autocannon from "autocannon";

export type LoadFigures = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  status5xx: number;
};

export async function runLoad(options: { url?: string; requests?: { path: string }[]; connections: number; durationSeconds: number; headers?: Record<string, string> }): Promise<LoadFigures> {
  const result = await autocannon({
    url: options.url!,
    headers: options.headers,
    requests: options.requests,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    status5xx: result["5xx"],
  };
}
