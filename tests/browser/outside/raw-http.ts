import { request as httpRequest } from "node:http";

export const APP_PORT = Number(process.env.KLARTEKST_TEST_PORT ?? 3123);

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/**
 * A request sent exactly as written — path, method, headers and body — which a browser or
 * Playwright's client would normalise or refuse: what an attacker with curl sends.
 */
export function raw(method: string, path: string, { headers = {}, body }: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: APP_PORT, method, path, headers, insecureHTTPParser: true }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}
