// @ts-check
// A request's body read whole, up to a limit: for the checks made before a server action's body
// reaches Next (lib/http/request-guard.mjs), in the front thread and in the app.

/** The body, or null when it is longer than `limit` (then the rest is not read). @param {import("node:http").IncomingMessage} req @param {number} limit */
export async function readBody(req, limit) {
  if (Number(req.headers["content-length"] ?? 0) > limit) return null;
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
