// @ts-check
// What the front thread (lib/http/front-thread.mjs) tells the app behind it about a request it
// passes on, and how the app knows the telling is the front's: the thread answers readers from
// its cache and passes everything else over loopback, so every request the app sees comes from
// 127.0.0.1. The client's address travels in a header the app believes only beside this process's
// front token, which the front sets on every request after removing whatever a client sent.
import { randomBytes } from "node:crypto";
import { INTERNAL_TOKEN_HEADER, isLoopback, sameSecret } from "../cache/internal.mjs";

export const FRONT_TOKEN_HEADER = "x-klartekst-front";
export const PEER_ADDRESS_HEADER = "x-klartekst-peer";

/** A new secret shared by this process's app and its front thread. */
export const newFrontToken = () => randomBytes(32).toString("base64url");

/** Connection-level headers (RFC 9110 §7.6.1), which each hop sets for itself. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "upgrade", "trailer", "expect"]);

/**
 * The request's headers as the front passes them on: without hop-by-hop headers and without
 * anything a client could use to pose as the front or as the app's own loopback calls.
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @param {{ token: string, peer: string | undefined }} front
 * @returns {import("node:http").OutgoingHttpHeaders}
 */
export function forwardedHeaders(headers, { token, peer }) {
  /** @type {import("node:http").OutgoingHttpHeaders} */
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === FRONT_TOKEN_HEADER || name === PEER_ADDRESS_HEADER || name === INTERNAL_TOKEN_HEADER) continue;
    out[name] = value;
  }
  out[FRONT_TOKEN_HEADER] = token;
  out[PEER_ADDRESS_HEADER] = peer ?? "";
  return out;
}

/** Response headers the front copies to the client: all but the hop-by-hop ones. @param {string} name */
export const isEndToEnd = (name) => !HOP_BY_HOP.has(name);

/**
 * Whether the request came through this process's front thread (its token, from loopback), and
 * then the client's address it names; removes both headers so nothing behind sees them.
 * @param {import("node:http").IncomingMessage} req @param {string | null} token
 * @returns {{ viaFront: boolean, socketAddress: string | undefined }}
 */
export function takeFrontHeaders(req, token) {
  const given = req.headers[FRONT_TOKEN_HEADER];
  const peer = req.headers[PEER_ADDRESS_HEADER];
  delete req.headers[FRONT_TOKEN_HEADER];
  delete req.headers[PEER_ADDRESS_HEADER];
  const viaFront = token !== null && typeof given === "string" && isLoopback(req.socket.remoteAddress) && sameSecret(given, token);
  return { viaFront, socketAddress: viaFront ? (typeof peer === "string" ? peer : undefined) : req.socket.remoteAddress };
}
