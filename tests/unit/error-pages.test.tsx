import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import ErrorPage from "../../app/[locale]/error";
import GlobalError from "../../app/global-error";
import { LOCALES } from "../../lib/content/schema";

const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));
const failure = Object.assign(new Error("database down"), { digest: "1234567" });

describe("error pages speak the visitor's language and never show the error itself", () => {
  for (const locale of LOCALES) {
    it(`an admin page's error boundary, in ${locale}`, () => {
      const { errorPage } = messages(locale);
      const page = createElement(ErrorPage, { error: failure, reset: () => {} });
      const html = renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, timeZone: "Europe/Oslo", messages: { errorPage }, children: page }));
      assert.ok(html.includes(`<h1>${errorPage.title}</h1>`));
      assert.ok(html.includes(errorPage.retry));
      assert.ok(html.includes("1234567"), "the reference to find it in the log");
      assert.ok(!html.includes("database down"));
      assert.ok(html.includes(`href="/${locale}/admin"`));
    });

    it(`the page that replaces the root layout, in ${locale}`, () => {
      (globalThis as { window?: unknown }).window = { location: { pathname: `/${locale}/admin/organisations/aure` } };
      try {
        const html = renderToStaticMarkup(createElement(GlobalError, { error: failure, reset: () => {} }));
        assert.match(html, new RegExp(`^<html lang="${locale}">`));
        assert.ok(html.includes(messages(locale).errorPage.title));
        assert.ok(!html.includes("database down"));
      } finally {
        delete (globalThis as { window?: unknown }).window;
      }
    });
  }
});
