export { DEFAULT_SQLITE_URL, databaseUrl, isPostgresUrl } from "./url.mjs";
