import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { BACKUP_TABLES, EXCLUDED_MODELS, TABLE_NAMES, type TableSpec } from "./tables";

/** The models of schema.prisma as this test needs them: scalar columns and foreign keys. */
type SchemaModel = { columns: Record<string, string>; primaryKey: string[]; references: { fields: string[]; model: string }[] };

const SCALAR_TYPES = new Set(["String", "Int", "Boolean", "DateTime", "Json", "Float", "Decimal", "BigInt", "Bytes"]);

function readSchemaModels(path: string): Map<string, SchemaModel> {
  const models = new Map<string, SchemaModel>();
  for (const [, name, body] of readFileSync(path, "utf8").matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const model: SchemaModel = { columns: {}, primaryKey: [], references: [] };
    for (const line of body!.split("\n").map((text) => text.replace(/\/\/.*$/, "").trim())) {
      const compositeId = /^@@id\(\[([^\]]+)\]\)/.exec(line);
      if (compositeId) model.primaryKey = compositeId[1]!.split(",").map((field) => field.trim());
      const field = /^(\w+)\s+(\w+)(\?|\[\])?(.*)$/.exec(line);
      if (!field) continue;
      const [, fieldName, type, modifier = "", attributes] = field;
      if (SCALAR_TYPES.has(type!)) {
        model.columns[fieldName!] = type + modifier;
        if (/@id\b/.test(attributes!)) model.primaryKey = [fieldName!];
      }
      const relation = /@relation\([^)]*fields: \[([^\]]+)\]/.exec(attributes!);
      if (relation) model.references.push({ fields: relation[1]!.split(",").map((f) => f.trim()), model: type! });
    }
    models.set(name!, model);
  }
  return models;
}

const schema = readSchemaModels("prisma/sqlite/schema.prisma");
const tables: Record<string, TableSpec> = BACKUP_TABLES;

describe("backup tables", () => {
  it("classify every model of the schema as backed up or left out, exactly once", () => {
    const classified = [...TABLE_NAMES, ...Object.keys(EXCLUDED_MODELS)].sort();
    assert.deepEqual(classified, [...schema.keys()].sort(), "add the new model to BACKUP_TABLES or EXCLUDED_MODELS in lib/backup/tables.ts");
  });

  for (const table of TABLE_NAMES) {
    it(`${table}: columns and primary key match schema.prisma`, () => {
      const model = schema.get(table)!;
      assert.deepEqual(tables[table]!.columns, model.columns);
      assert.deepEqual(tables[table]!.primaryKey, model.primaryKey);
    });

    it(`${table}: comes after every table it refers to`, () => {
      const model = schema.get(table)!;
      for (const reference of model.references) {
        if (reference.model === table) {
          assert.deepEqual(
            reference.fields.filter((field) => !tables[table]!.selfReferences?.includes(field)),
            [],
            `${table} refers to itself through ${reference.fields}: list it in selfReferences`,
          );
        } else {
          assert.ok(TABLE_NAMES.indexOf(reference.model as never) < TABLE_NAMES.indexOf(table), `${table} refers to ${reference.model}, which must come first`);
        }
      }
    });
  }

  it("leaves out only tables that nothing backed up depends on", () => {
    for (const table of TABLE_NAMES) {
      for (const reference of schema.get(table)!.references) assert.ok(!(reference.model in EXCLUDED_MODELS), `${table} refers to ${reference.model}`);
    }
  });
});
