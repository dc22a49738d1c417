import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/*
 * Several processes write to one SQLite file: the app's instances (docs/decisions/0009), the
 * CLI's export and import, the tests' second server. The adapter begins a transaction with a
 * plain BEGIN, which takes no lock until the first statement: a transaction that has read and
 * then writes while another process is writing is refused at once with SQLITE_BUSY (SQLite's
 * deadlock rule; the busy timeout does not apply), and an editor's save fails as "the database
 * does not answer". BEGIN IMMEDIATE takes the write lock first, waiting up to the busy timeout
 * for the other writer to finish, so concurrent saves queue instead of failing.
 */

const beginImmediate: SqlQuery = { sql: "BEGIN IMMEDIATE", args: [], argTypes: [] };

/** One transaction at a time on the connection (as the adapter does): a second waits for the first. */
function oneAtATime() {
  let last = Promise.resolve();
  return async (): Promise<() => void> => {
    let release!: () => void;
    const previous = last;
    last = new Promise((resolve) => (release = resolve));
    await previous;
    return release;
  };
}

function withImmediateTransactions(connection: SqlDriverAdapter): SqlDriverAdapter {
  const acquire = oneAtATime();
  return {
    provider: connection.provider,
    adapterName: connection.adapterName,
    queryRaw: (query) => connection.queryRaw(query),
    executeRaw: (query) => connection.executeRaw(query),
    executeScript: (script) => connection.executeScript(script),
    dispose: () => connection.dispose(),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      // SQLite transactions are serializable; the adapter refuses any other level.
      if (isolationLevel && isolationLevel !== "SERIALIZABLE") return connection.startTransaction(isolationLevel);
      const release = await acquire();
      try {
        await connection.executeRaw(beginImmediate);
      } catch (error) {
        release();
        throw error;
      }
      // Prisma sends COMMIT or ROLLBACK itself (usePhantomQuery: false), then calls these.
      return {
        provider: connection.provider,
        adapterName: connection.adapterName,
        options: { usePhantomQuery: false },
        queryRaw: (query) => connection.queryRaw(query),
        executeRaw: (query) => connection.executeRaw(query),
        commit: async () => release(),
        rollback: async () => release(),
      };
    },
  };
}

/** Prisma's better-sqlite3 adapter, whose transactions take the write lock when they begin. */
export function sqliteAdapter(url: string): SqlDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withImmediateTransactions(await factory.connect()),
  };
}
