// Runs the bare node:http ceiling server in its own process, answering with a captured response.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stopProcessGroup } from "./next-server";

export type CapturedResponse = { status: number; headers: Record<string, string>; body: Buffer };

/** Fetches a URL with the headers autocannon will send, keeping status, headers and the bytes as sent. */
export async function captureResponse(url: string, headers: Record<string, string>): Promise<CapturedResponse> {
  const { request } = await import("node:http");
  return new Promise((resolve, reject) => {
    // node:http, not fetch: fetch would decompress the body, and the ceiling must send the same bytes.
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers as Record<string, string>, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

export async function startCeilingServer(port: number, response: CapturedResponse) {
  const file = join(mkdtempSync(join(tmpdir(), "klartekst-ceiling-")), "response.json");
  writeFileSync(file, JSON.stringify({ status: response.status, headers: response.headers, bodyBase64: response.body.toString("base64") }));
  const child = spawn(process.execPath, ["scripts/bench/ceiling-server.mjs", String(port), file], { stdio: ["ignore", "pipe", "inherit"], detached: true });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`ceiling server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => stopProcessGroup(child) };
}
