/** The one place that decides which database Klartekst talks to. */
export const DEFAULT_SQLITE_URL = "file:./prisma/dev.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_SQLITE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
