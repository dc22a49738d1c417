// Runs a load generator (wrk, hey) to its end and gives what it printed.
import { spawn } from "node:child_process";

/** Its standard output and error together; rejects when it exits with another code than 0. */
export function commandOutput(command: string, args: string[]): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(text) : reject(new Error(`${command} exited with ${code}:\n${text}`))));
  });
}

/** `-H "name: value"` for each header, as wrk and hey both take them. */
export const headerArgs = (headers: Record<string, string>) => Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
