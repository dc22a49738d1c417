import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";

/*
 * Klartekst uses only Next.js's documented interfaces: internals move between releases without
 * notice (the two-instance tag sync broke that way before). Nothing the app runs — lib/, app/,
 * components/, server.mjs, next.config.js, instrumentation.ts, proxy.ts — may import, require
 * or resolve anything under next/dist.
 */
const ROOTS = ["lib", "app", "components", "server.mjs", "next.config.js", "instrumentation.ts", "proxy.ts"];
const SOURCE = /\.(ts|tsx|mjs|cjs|js)$/;

function files(path: string): string[] {
  if (statSync(path).isFile()) return SOURCE.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

it("nothing imports from next/dist", () => {
  const offenders = ROOTS.flatMap(files).filter((file) => /["'`]next\/dist\//.test(readFileSync(file, "utf8")));
  assert.deepEqual(offenders, []);
});
