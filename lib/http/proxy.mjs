// @ts-check
// Passes a request on to the app behind the front thread and streams its answer back.
import { request } from "node:http";
import { isEndToEnd } from "./front-link.mjs";
import { log } from "../log/log.mjs";

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ port: number, agent: import("node:http").Agent, headers: import("node:http").OutgoingHttpHeaders, body?: Buffer }} upstream
 * body: the request's body when it has been read already (to check it), else it is streamed
 */
export function proxy(req, res, { port, agent, headers, body }) {
  // A request whose body is at hand (or that has none) can be sent again when the app closed a
  // kept-alive connection just as it was reused (nothing of it was read); a streamed one cannot.
  const bodiless = req.method === "GET" || req.method === "HEAD";
  if (body) headers = { ...headers, "content-length": String(body.length) };
  const send = (/** @type {boolean} */ retry) => {
    const outgoing = request({ host: "127.0.0.1", port, method: req.method, path: req.url, headers, agent });
    outgoing.on("response", (answer) => {
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && isEndToEnd(name)) res.setHeader(name, value);
      }
      // The app closes a connection whose request it did not read to the end (a refused upload):
      // so does the front, or the rest of the body would be read as the next request.
      if (/\bclose\b/i.test(String(answer.headers.connection ?? ""))) res.shouldKeepAlive = false;
      res.writeHead(answer.statusCode ?? 502);
      answer.pipe(res);
      answer.on("error", () => res.destroy());
    });
    outgoing.on("error", (error) => {
      // The whole answer went out; the app closed on the rest of an upload it refused (413).
      if (res.writableFinished) return;
      if (retry && (bodiless || body) && outgoing.reusedSocket && !res.headersSent && !res.destroyed) return send(false);
      if (res.headersSent || res.destroyed) return void res.destroy();
      log.error("the app behind the front thread did not answer", { error, method: req.method });
      res.writeHead(502, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end("502 Bad Gateway\n");
    });
    // A client that leaves stops the work done for it.
    res.once("close", () => {
      if (!res.writableFinished) outgoing.destroy();
    });
    if (body) outgoing.end(body);
    else if (bodiless) outgoing.end();
    else req.pipe(outgoing);
  };
  send(true);
}
