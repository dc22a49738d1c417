import assert from "node:assert/strict";
import { it } from "node:test";
import { encodeBackup, type BackupTables } from "./document";
import { backupJsonChunks } from "./serialize";
import { TABLE_NAMES } from "./tables";

it("writes the same document as JSON.stringify would, one row per line", () => {
  const tables = Object.fromEntries(TABLE_NAMES.map((table) => [table, []])) as unknown as BackupTables;
  tables.Library.push({ id: "l1", slug: "no", name: 'Norsk "bibliotek"\n', country: "NO" }, { id: "l2", slug: "dk", name: "Dansk", country: "DK" });
  tables.LegalBasis.push({ code: "gdpr-6-1-c", kind: "gdpr-art6", country: null, url: "", position: 3 });
  const doc = encodeBackup(tables, new Date("2026-01-01T00:00:00.000Z"));
  const text = [...backupJsonChunks(doc)].join("");
  assert.deepEqual(JSON.parse(text), doc);
  assert.ok(text.includes('\n{"id":"l2","slug":"dk","name":"Dansk","country":"DK"}]'));
});
