/*
 * A file the browser saves rather than shows: Content-Disposition with the name in plain ASCII
 * (for old clients) and in UTF-8 (RFC 6266 / RFC 8187), never cached, never sniffed.
 */

export type Download = { body: Uint8Array; fileName: string; contentType: string };

export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\;]/g, "_") || "download";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function downloadResponse(file: Download): Response {
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.fileName),
      "Content-Length": String(file.body.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
