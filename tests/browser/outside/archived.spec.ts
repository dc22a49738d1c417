import { expect, test } from "@playwright/test";
import { raw } from "./raw-http";

/*
 * An archived organisation (Halsa, archived in the seed) publishes nothing more: every address
 * of its notice answers 410 Gone with a complete page in the language asked for — subscribing to
 * its changes too, which offered a form, took addresses and sent confirmation mails for a notice
 * that will never change again. Its versions stay readable, and whoever subscribed can still leave.
 */
const TOKEN = "a".repeat(43);

test("subscribing to an archived organisation's notice answers 410 Gone with the archived page, by GET and by POST", async () => {
  const form = { "Content-Type": "application/x-www-form-urlencoded" };
  for (const [method, path, body] of [
    ["GET", "/nb/halsa/subscribe", undefined],
    ["GET", "/nn/halsa/subscribe", undefined],
    ["POST", "/nb/halsa/subscribe", "email=reader%40example.no"],
    ["GET", "/nb/halsa/subscribe/sent", undefined],
    ["GET", `/nb/halsa/subscribe/confirm?token=${TOKEN}`, undefined],
    ["POST", `/nb/halsa/subscribe/confirm?token=${TOKEN}`, ""],
  ] as const) {
    const response = await raw(method, path, { headers: body === undefined ? {} : form, body });
    expect(response.status, `${method} ${path}`).toBe(410);
    expect(response.headers.location, `${method} ${path}`).toBeUndefined();
    expect(response.body, `${method} ${path}`).toMatch(new RegExp(`<html lang="${path.slice(1, 3)}">`));
    expect(response.body, `${method} ${path}`).toMatch(/<title>[^<]*Halsa kommune[^<]*<\/title>/);
    expect(response.body, `${method} ${path}`).toMatch(/<h1[ >]/);
    expect(response.body, `${method} ${path}`).not.toMatch(/name="email"/);
  }
});

test("an archived organisation's subscribers can still unsubscribe, and its versions stay readable", async () => {
  expect((await raw("GET", `/nb/halsa/unsubscribe?token=${TOKEN}`)).status).toBe(200);
  expect((await raw("GET", "/nb/halsa/versions")).status).toBe(200);
  expect((await raw("GET", "/nb/halsa/versions/1")).status).toBe(200);
});
