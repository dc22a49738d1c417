// @ts-check
// A place, for one request, where a server action posted without JavaScript leaves its answer for
// the page that the same response renders (docs/decisions/0035-forms-without-javascript.md).
//
// React hands an action's result to the re-rendered page as the form state only in a full
// render; with Cache Components, Next 16 resumes a server-action POST from the page's prerendered
// shell, and React's resume takes no form state: the answer is dropped (vercel/next.js#97784).
// So server.mjs runs such a request inside this scope; the action writes its answer here and the
// admin layout reads it. Plain JS and one instance per process (on globalThis), because
// server.mjs and the app's bundles each load their own copy of this module.
import { AsyncLocalStorage } from "node:async_hooks";

const KEY = Symbol.for("klartekst.formAnswerScope");

/** @typedef {{ answer: unknown }} AnswerSlot */

/** @returns {AsyncLocalStorage<AnswerSlot>} */
function scope() {
  const holder = /** @type {Record<symbol, AsyncLocalStorage<AnswerSlot> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[KEY] ??= new AsyncLocalStorage());
}

/**
 * A form posted the browser's own way, before React hydrated it or without JavaScript: a
 * multipart POST without the `Next-Action` header that React's own submissions carry.
 * @param {{ method?: string, headers: Record<string, string | string[] | undefined> }} req
 */
export function isFormPostWithoutScript(req) {
  const type = String(req.headers["content-type"] ?? "").toLowerCase();
  return (req.method ?? "").toUpperCase() === "POST" && req.headers["next-action"] === undefined && type.startsWith("multipart/form-data");
}

/**
 * Runs `handle` (Next's answer to one request) with an empty slot for the action's answer.
 * @template T @param {() => T} handle @returns {T}
 */
export function withAnswerSlot(handle) {
  return scope().run({ answer: null }, handle);
}

/**
 * The posted form without React's `$ACTION_KEY`, so Next hands React no form state of its own for
 * this response. Next would pass the (dropped) state to the browser, whose React then expects form
 * markers the resumed HTML lacks: a page posted before hydration would fail to hydrate and lose
 * the answer. The action is found by its other `$ACTION_` fields, as before.
 * @param {string} contentType @param {Buffer} body @returns {Promise<{ contentType: string, body: Buffer }>}
 */
export async function withoutReactFormState(contentType, body) {
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  if (!form.has("$ACTION_KEY")) return { contentType, body };
  form.delete("$ACTION_KEY");
  const encoded = new Response(form);
  return { contentType: String(encoded.headers.get("content-type")), body: Buffer.from(await encoded.arrayBuffer()) };
}

/** This request's slot, or undefined outside `withAnswerSlot` (a request with JavaScript, `next dev`). */
export function answerSlot() {
  const holder = /** @type {Record<symbol, AsyncLocalStorage<AnswerSlot> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return holder[KEY]?.getStore();
}
