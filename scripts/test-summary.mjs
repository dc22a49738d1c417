// Adds up the unit (TAP) and browser (Playwright JSON) results into one closing line.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "tests/.tmp";
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir)) {
  const text = readFileSync(join(dir, file), "utf8");
  if (file.endsWith(".tap")) {
    passed += Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
    failed += Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
    skipped += Number(/^# skipped (\d+)/m.exec(text)?.[1] ?? 0);
  } else if (file.endsWith(".json")) {
    const { stats } = JSON.parse(text);
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
