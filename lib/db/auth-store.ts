import { prismaAdapter } from "better-auth/adapters/prisma";
import { prisma } from "./client";
import { databaseUrl, isPostgresUrl } from "./url";

/** Better Auth's users, sessions and accounts live in our database, through our one Prisma client. */
export const authStore = prismaAdapter(prisma, { provider: isPostgresUrl(databaseUrl()) ? "postgresql" : "sqlite" });
