// @ts-check

/**
 * Whether the headers given to writeHead (an object, or a flat [name, value, …] list) name the
 * header `name` (lower case): for wrappers of writeHead that add a header only when the answer
 * names none (lib/http/default-policy.mjs, lib/http/error-page.mjs).
 * @param {unknown} headers @param {string} name
 */
export function namesHeader(headers, name) {
  if (Array.isArray(headers)) return headers.some((entry, i) => i % 2 === 0 && String(entry).toLowerCase() === name);
  return headers !== null && typeof headers === "object" && Object.keys(headers).some((key) => key.toLowerCase() === name);
}
