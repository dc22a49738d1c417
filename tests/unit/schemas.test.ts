import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { it } from "node:test";

const withoutDatasource = (path: string) =>
  readFileSync(path, "utf8")
    .replace(/^\/\/ Klartekst data model.*\n/m, "")
    .replace(/datasource db \{[^}]*\}/, "");

it("the SQLite and PostgreSQL schemas describe the same model", () => {
  assert.equal(withoutDatasource("prisma/sqlite/schema.prisma"), withoutDatasource("prisma/postgres/schema.prisma"));
});
