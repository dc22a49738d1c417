// @ts-check
// Structured logs: one JSON object per line on stdout (stderr for errors), which log shippers
// (journald, Loki, CloudWatch, …) index without parsing rules. Plain JS so that server.mjs and
// the cache handlers, which Node loads without a build step, log the same way as the app.

/** @typedef {"debug" | "info" | "warn" | "error"} Level */

/** @type {Record<Level, number>} */
const levels = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold() {
  const wanted = (process.env.LOG_LEVEL ?? "info").toLowerCase();
  return wanted in levels ? levels[/** @type {Level} */ (wanted)] : levels.info;
}

/** @param {Level} level @param {string} msg @param {Record<string, unknown>} fields */
function write(level, msg, fields) {
  if (levels[level] < threshold()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }, errorReplacer);
  (level === "error" ? process.stderr : process.stdout).write(line + "\n");
}

/** @param {string} _key @param {unknown} value */
function errorReplacer(_key, value) {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

/** @typedef {(msg: string, fields?: Record<string, unknown>) => void} LogFunction */

/** @type {Record<Level, LogFunction>} */
export const log = {
  debug: (msg, fields = {}) => write("debug", msg, fields),
  info: (msg, fields = {}) => write("info", msg, fields),
  warn: (msg, fields = {}) => write("warn", msg, fields),
  error: (msg, fields = {}) => write("error", msg, fields),
};
