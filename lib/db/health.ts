import { prisma } from "./client";

export type DatabaseCheck = { ok: true; latencyMs: number } | { ok: false; error: string };

/** A round trip to the database, bounded so a hung connection fails the check instead of hanging it. */
export async function checkDatabase(timeoutMs = 2000): Promise<DatabaseCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([prisma.$queryRaw`SELECT 1`, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)))]);
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
