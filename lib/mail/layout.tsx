/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import { DEFAULT_ACCENT } from "../content/accent";
import type { Locale } from "../content/schema";
import type { MailBlock } from "./blocks";

/*
 * The HTML part of every mail. Mail clients ignore <style> sheets and most layout CSS (Outlook
 * renders with Word), so this is what they all accept: one centred table of at most 600 px,
 * inline styles, system fonts, a real <h1> and <p>s, and a link styled as a button (a link, so
 * it works everywhere and reads as one). Layout tables carry role="presentation" so screen
 * readers do not announce them; the body is marked as the e-mail with its language. All text
 * goes through Preact, which escapes it: a name like "<script>" arrives as text.
 */

const TEXT = "#1b1f24";
const MUTED = "#4b5563";
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export type MailLayoutProps = {
  locale: Locale;
  subject: string;
  heading: string;
  blocks: MailBlock[];
  footer: { automatic: string; siteUrl: string; unsubscribe?: { text: string; label: string; url: string } };
  actionFallback: string;
};

export function MailDocument({ locale, subject, heading, blocks, footer, actionFallback }: MailLayoutProps) {
  return (
    <html lang={locale} dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
        <title>{subject}</title>
      </head>
      <body style={`margin:0;padding:0;background:#f3f4f6;color:${TEXT};font-family:${FONT};`}>
        <div role="article" aria-roledescription="email" aria-label={subject} lang={locale} style="background:#f3f4f6;padding:24px 12px;">
          <Table style="max-width:600px;margin:0 auto;background:#ffffff;border:1px solid #d1d5db;border-radius:8px;">
            <td style={`padding:28px 32px;font-family:${FONT};font-size:16px;line-height:1.6;color:${TEXT};`}>
              <p style={`margin:0 0 16px;font-weight:800;font-size:18px;color:${TEXT};`}>Klartekst</p>
              <h1 style={`margin:0 0 16px;font-size:24px;line-height:1.25;font-weight:700;color:${TEXT};`}>{heading}</h1>
              {blocks.map((block) => (
                <Block block={block} actionFallback={actionFallback} />
              ))}
            </td>
          </Table>
          <Table style="max-width:600px;margin:0 auto;">
            <td style={`padding:16px 32px;font-family:${FONT};font-size:14px;line-height:1.5;color:${MUTED};`}>
              <p style="margin:0 0 8px;">{footer.automatic}</p>
              <p style="margin:0 0 8px;">
                <a href={footer.siteUrl} style={`color:${MUTED};`}>
                  {new URL(footer.siteUrl).host}
                </a>
              </p>
              {footer.unsubscribe && (
                <p style="margin:0;">
                  {footer.unsubscribe.text}{" "}
                  <a href={footer.unsubscribe.url} style={`color:${MUTED};`}>
                    {footer.unsubscribe.label}
                  </a>
                </p>
              )}
            </td>
          </Table>
        </div>
      </body>
    </html>
  );
}

function Table({ style, children }: { style: string; children: ComponentChildren }) {
  return (
    <table role="presentation" width="100%" style={`border-collapse:separate;border-spacing:0;${style}`}>
      <tbody>
        <tr>{children}</tr>
      </tbody>
    </table>
  );
}

function Block({ block, actionFallback }: { block: MailBlock; actionFallback: string }) {
  switch (block.kind) {
    case "paragraph":
      return <p style="margin:0 0 16px;">{block.text}</p>;
    case "note":
      return <p style={`margin:0 0 16px;font-size:14px;color:${MUTED};`}>{block.text}</p>;
    case "action":
      return (
        <>
          <p style="margin:24px 0 8px;">
            <a href={block.url} style={`display:inline-block;background:${DEFAULT_ACCENT};color:#ffffff;font-weight:600;text-decoration:none;padding:12px 20px;border-radius:6px;`}>
              {block.label}
            </a>
          </p>
          <p style={`margin:0 0 16px;font-size:14px;color:${MUTED};`}>
            {actionFallback}{" "}
            <a href={block.url} style={`color:${DEFAULT_ACCENT};word-break:break-all;`}>
              {block.url}
            </a>
          </p>
        </>
      );
  }
}
