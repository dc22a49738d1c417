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

type LoadOptions = {
  url?: string;
  requests?: { path: string }[];
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  /** Requests per second over all connections; as fast as they go when absent. */
  overallRate?: number;
  /** Called with every response's latency in ms (autocannon's summary has no p95). */
  onLatency?: (milliseconds: number) => void;
};

export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url!,
        headers: options.headers,
        requests: options.requests,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: 10,
        ...(options.overallRate && { overallRate: options.overallRate }),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    if (options.onLatency) instance.on("response", (_client, _status, _bytes, responseTime) => options.onLatency!(responseTime));
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
