// The fault test's load: autocannon with N connections on a mix of public URLs for the whole run,
// in a child process of its own (so the load does not slow the test's own timing), counting
// requests, failures and latencies per phase. The parent names each phase as it starts
// ({ phase }), asks for the figures ({ stop }) and gets them back ({ phases }).
import autocannon from "autocannon";

export type PhaseFigures = { phase: string; seconds: number; requests: number; errors: number; non2xx: number; statuses: Record<string, number>; latencies: number[] };
export type LoadOptions = { url: string; paths: string[]; connections: number; rate: number };

const options = JSON.parse(process.argv[2]!) as LoadOptions;
type Counting = PhaseFigures & { startedAt: number };
const phases: Counting[] = [];
let current: Counting = { phase: "start", seconds: 0, requests: 0, errors: 0, non2xx: 0, statuses: {}, latencies: [], startedAt: Date.now() };
phases.push(current);

const instance = autocannon(
  {
    url: options.url,
    requests: options.paths.map((path) => ({ method: "GET", path })),
    headers: { "accept-encoding": "gzip, deflate, br" },
    connections: options.connections,
    ...(options.rate > 0 && { overallRate: options.rate }),
    duration: 3600, // stopped by the parent
    timeout: 10,
  },
  () => {},
); // with a callback it returns the running instance, whose events are counted here
instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
  current.requests++;
  current.statuses[statusCode] = (current.statuses[statusCode] ?? 0) + 1;
  if (statusCode < 200 || statusCode > 299) current.non2xx++;
  current.latencies.push(responseTime);
});
instance.on("reqError", () => {
  current.requests++;
  current.errors++;
});

process.on("message", (message: { phase?: string; stop?: boolean }) => {
  if (message.phase) {
    current.seconds = (Date.now() - current.startedAt) / 1000;
    current = { phase: message.phase, seconds: 0, requests: 0, errors: 0, non2xx: 0, statuses: {}, latencies: [], startedAt: Date.now() };
    phases.push(current);
  }
  if (message.stop) {
    current.seconds = (Date.now() - current.startedAt) / 1000;
    instance.stop();
    process.send!({ phases: phases.map(({ startedAt: _, ...figures }) => figures) }, () => process.exit(0));
  }
});
process.send!({ ready: true });
