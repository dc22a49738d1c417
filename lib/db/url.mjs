// @ts-check
// The one place that decides which database Klartekst talks to. Plain JS: the cache handlers,
// which Node loads without a build step, must poll the same database as the app.

/** The embedded default, relative to the project folder. */
export const DEFAULT_SQLITE_URL = "file:./prisma/dev.db";

/** @returns {string} */
export function databaseUrl() {
  return process.env.DATABASE_URL || DEFAULT_SQLITE_URL;
}

/** @param {string} url @returns {boolean} */
export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//.test(url);
}
