import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = { title: "404 – Klartekst" };

/** For URLs outside any locale (the proxy sends everything else to a localized 404). */
export default function GlobalNotFound() {
  return (
    <html lang="nb">
      <body>
        <main id="main" className="container page">
          <h1>Fant ikke siden</h1>
          <p>
            Vi fant ikke denne siden. <a href="/nb">Se alle personvernerklæringer</a>.
          </p>
          <div lang="da">
            <h2>Siden blev ikke fundet</h2>
            <p>
              <a href="/da">Se alle privatlivspolitikker</a>.
            </p>
          </div>
          <div lang="en">
            <h2>Page not found</h2>
            <p>
              <a href="/en">See all privacy notices</a>.
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
