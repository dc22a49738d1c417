// The ceiling for one Node process: a bare node:http server that answers every request with
// the same bytes (status, headers and body) the app sent, from memory.
// Usage: node scripts/bench/ceiling-server.mjs <port> <response.json>
import { createServer } from "node:http";
import { readFileSync } from "node:fs";

const [port, file] = process.argv.slice(2);
const { status, headers, bodyBase64 } = JSON.parse(readFileSync(file, "utf8"));
const body = Buffer.from(bodyBase64, "base64");
const headerList = Object.entries(headers).filter(([name]) => !["date", "connection", "keep-alive", "transfer-encoding", "content-length"].includes(name));

createServer((req, res) => {
  res.writeHead(status, [...headerList, ["content-length", String(body.length)]].flat());
  res.end(body);
}).listen(Number(port), "127.0.0.1", () => process.stdout.write("ready\n"));
