// @ts-check
// Where expired cache tags are shared between app instances: the app's own database, table
// "CacheInvalidation" (prisma/*/schema.prisma). Plain drivers, not Prisma: this runs inside
// Next's cache handlers, which Node loads directly, outside the app bundle.
import { createRequire } from "node:module";
import { isPostgresUrl } from "../db/url.mjs";

const require = createRequire(import.meta.url);

/**
 * @typedef {{ tag: string, expiredAt: number }} ExpiredTag
 * @typedef {{
 *   expire(tags: string[], at: number): Promise<void>,
 *   expiredSince(since: number): Promise<ExpiredTag[]>,
 * }} TagStore
 */

/** @param {string} url @returns {TagStore} */
export function createTagStore(url) {
  return isPostgresUrl(url) ? postgresStore(url) : sqliteStore(url);
}

/** @param {string} url @returns {TagStore} */
function postgresStore(url) {
  const { Pool } = require("pg");
  // Two connections are plenty: one poll at a time, and publishes are rare.
  // A poll that cannot connect fails fast and is tried again; requests wait for it (server.mjs).
  const pool = new Pool({ connectionString: url, max: 2, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 2_000 });
  pool.on("error", () => {}); // an idle connection dropped by the server is replaced on next use
  return {
    async expire(tags, at) {
      await pool.query(
        `INSERT INTO "CacheInvalidation" ("tag", "expiredAt") SELECT unnest($1::text[]), $2
         ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = GREATEST("CacheInvalidation"."expiredAt", EXCLUDED."expiredAt")`,
        [tags, at],
      );
    },
    async expiredSince(since) {
      const { rows } = await pool.query(`SELECT "tag", "expiredAt" FROM "CacheInvalidation" WHERE "expiredAt" > $1`, [since]);
      return rows.map((/** @type {{ tag: string, expiredAt: number | string }} */ r) => ({ tag: r.tag, expiredAt: Number(r.expiredAt) }));
    },
  };
}

/**
 * SQLite answers "busy" while another connection writes. In this process that may be the app's
 * own transaction (lib/db/sqlite-adapter.ts holds the write lock from its start), which can only
 * finish if this process goes on: SQLite's own busy wait would hold the event loop until it gave
 * up. So try again after a pause instead, for up to 10 s.
 * @template T @param {() => T} work @returns {Promise<T>}
 */
async function whenNotBusy(work, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (let pauseMs = 5; ; pauseMs = Math.min(pauseMs * 2, 100)) {
    try {
      return work();
    } catch (error) {
      if (/** @type {{ code?: string }} */ (error).code !== "SQLITE_BUSY" || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}

/** @param {string} url @returns {TagStore} */
function sqliteStore(url) {
  const Database = require("better-sqlite3");
  const db = new Database(url.replace(/^file:/, ""), { fileMustExist: true, timeout: 0 });
  const upsert = db.prepare(
    `INSERT INTO "CacheInvalidation" ("tag", "expiredAt") VALUES (?, ?)
     ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = MAX("expiredAt", excluded."expiredAt")`,
  );
  const since = db.prepare(`SELECT "tag", "expiredAt" FROM "CacheInvalidation" WHERE "expiredAt" > ?`);
  const expireAll = db.transaction((/** @type {string[]} */ tags, /** @type {number} */ at) => tags.forEach((tag) => upsert.run(tag, at)));
  return {
    async expire(tags, at) {
      await whenNotBusy(() => expireAll.immediate(tags, at));
    },
    async expiredSince(time) {
      return /** @type {ExpiredTag[]} */ (await whenNotBusy(() => since.all(time)));
    },
  };
}
