import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { databaseUrl, isPostgresUrl } from "./url";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const url = databaseUrl();
  return new PrismaClient({
    adapter: isPostgresUrl(url) ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url }),
  });
}

/** The one Prisma client; only modules in lib/db and lib/queries import it. */
export const prisma = globalForPrisma.prisma ?? createClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
