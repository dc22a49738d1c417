import { NextResponse } from "next/server";
import da from "@/messages/da.json";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";
import nn from "@/messages/nn.json";

const MESSAGES = { nb, nn, da, en } as const;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain, localized 404 page for admin URLs the user may not open. */
export function adminNotFoundPage(locale: string): NextResponse {
  const messages = MESSAGES[locale as keyof typeof MESSAGES] ?? nb;
  const html = `<!doctype html>
<html lang="${escape(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(messages.notFound.title)} – Klartekst</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1b1f24}a{color:#1f4e8c}</style></head>
<body><main><h1>${escape(messages.notFound.title)}</h1><p>${escape(messages.validation.notFound)}</p>
<p><a href="/${escape(locale)}/admin">${escape(messages.admin.overview)}</a></p></main></body></html>`;
  return new NextResponse(html, {
    status: 404,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    },
  });
}
