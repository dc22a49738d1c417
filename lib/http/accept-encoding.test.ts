import assert from "node:assert/strict";
import { it } from "node:test";
import { acceptsGzip } from "./accept-encoding.mjs";

it("takes gzip only when the client gives it a weight above 0", () => {
  for (const yes of ["gzip", "gzip, deflate, br", "br;q=1, gzip;q=0.5", "GZIP", "*", "deflate, *;q=0.1", "x-gzip", "gzip;q=0.001"]) assert.equal(acceptsGzip(yes), true, yes);
  for (const no of ["", "identity", "gzip;q=0", "gzip; q=0", "GZIP;Q=0", "gzip;q=0.000", "gzip;q=0, *", "*;q=0", "br", "gzip;q=zero", "gzip;q=-1"]) assert.equal(acceptsGzip(no), false, no);
  assert.equal(acceptsGzip(undefined), false);
  assert.equal(acceptsGzip(["deflate", "gzip"]), true);
});
