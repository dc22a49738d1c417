// Starts the production server (`npm start`: server.mjs) for benchmarks and tests, and keeps its log lines.
import { spawn, type ChildProcess } from "node:child_process";

export type RunningServer = {
  url: string;
  pid: number;
  /** Every line the server printed so far (JSON log lines and Next's own). */
  lines: string[];
  stop(): Promise<void>;
};

/**
 * Starts a production server on loopback. It runs no background jobs unless `env` sets
 * JOB_TICK_MS: a job (a subscriber's mail, a webhook) goes to whichever instance ticks first, and
 * an extra instance of a test lacks the mail and webhook settings of the server the test reads.
 */
export async function startNextServer({ port, env = {} }: { port: number; env?: Record<string, string> }): Promise<RunningServer> {
  const child = spawn(process.execPath, ["server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", JOB_TICK_MS: "off", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so stop() ends it and anything it started
  });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${url}/api/health`, child, lines);
  } catch (error) {
    await stopProcessGroup(child);
    throw error;
  }
  return { url, pid: child.pid!, lines, stop: () => stopProcessGroup(child) };
}

async function waitUntilReady(healthUrl: string, child: ChildProcess, lines: string[], timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${lines.slice(-20).join("\n")}`);
    try {
      if ((await fetch(healthUrl)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer ${healthUrl} within ${timeoutMs / 1000} s`);
}

export async function stopProcessGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timeout = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {}
  }, 5000);
  await exited;
  clearTimeout(timeout);
}
