/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import { publicUrl } from "@/lib/http/public-origin";
import { useView } from "./view";

/**
 * A complete embeddable page: no site chrome, inline styles and the frame's one small script
 * (lib/embed/frame-script.ts), which reports the height to the loader on the host page.
 */
export function EmbedDocument({ title, canonical, styles, script, children }: { title: string; canonical?: string; styles: string[]; script: string; children: ComponentChildren }) {
  const { locale } = useView();
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        {canonical && <link rel="canonical" href={publicUrl(canonical)} />}
        {styles.map((css) => (
          <style dangerouslySetInnerHTML={{ __html: css }} />
        ))}
        {/* Before the content, so the frame is sized while a long notice still arrives. */}
        <script dangerouslySetInnerHTML={{ __html: script }} />
      </head>
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
