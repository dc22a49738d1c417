import "dotenv/config";
import { defineConfig } from "prisma/config";
import { postgresMigrationAdapter, sqliteMigrationAdapter, unrefWasmEngineTimers } from "./prisma/adapter-fixes";
import { databaseUrl, isPostgresUrl } from "./lib/db/url";

unrefWasmEngineTimers();

const url = databaseUrl();
const dir = isPostgresUrl(url) ? "prisma/postgres" : "prisma/sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js", // WASM schema engine: nothing is downloaded
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations`, seed: "tsx prisma/seed.ts" },
  async adapter() {
    return isPostgresUrl(url) ? postgresMigrationAdapter(url) : sqliteMigrationAdapter(url);
  },
});
