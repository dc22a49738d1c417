// @ts-check
// Requests Node's parser refuses (an unknown method, an overlong address) get a complete page or
// problem in place of Node's bare status line: on whichever server reads them first.
import { parserErrorResponse } from "./error-page.mjs";

/** @param {NodeJS.ErrnoException & { rawPacket?: Buffer }} error @param {import("node:stream").Duplex} socket */
export function answerClientError(error, socket) {
  // As Node itself: nothing more once an answer has begun on this connection or it is gone; a
  // request that was too slow gets Node's 408.
  const answering = /** @type {{ _httpMessage?: { headersSent?: boolean } }} */ (socket)._httpMessage?.headersSent;
  if (!socket.writable || answering || !error.code?.startsWith("HPE_")) {
    if (socket.writable && !answering && error.code === "ERR_HTTP_REQUEST_TIMEOUT") return void socket.end("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n");
    return void socket.destroy();
  }
  socket.end(parserErrorResponse(error));
}
