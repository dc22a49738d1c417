"use client";
import { errorPage as da } from "@/messages/da.json";
import { errorPage as en } from "@/messages/en.json";
import { errorPage as nb } from "@/messages/nb.json";
import { errorPage as nn } from "@/messages/nn.json";

const TEXTS = { nb, nn, da, en };

/** The page's language from its address (this replaces the root layout, so nothing else knows it). */
function localeOfPage(): keyof typeof TEXTS {
  const first = typeof window === "undefined" ? "" : window.location.pathname.split("/")[1];
  return first && first in TEXTS ? (first as keyof typeof TEXTS) : "nb";
}

/**
 * When even the root layout fails: a complete page of its own, in the language of the address,
 * with the way to try again. Never a stack trace.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = localeOfPage();
  const t = TEXTS[locale];
  return (
    <html lang={locale}>
      <body>
        <main style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem", lineHeight: 1.6 }}>
          <h1>{t.title}</h1>
          <p>{t.text}</p>
          {error.digest && <p>{t.reference.replace("{digest}", error.digest)}</p>}
          <p>
            <button type="button" onClick={reset}>
              {t.retry}
            </button>{" "}
            <a href={`/${locale}/admin`}>{t.home}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
