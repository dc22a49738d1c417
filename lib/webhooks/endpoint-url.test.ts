import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { deliverableAddresses, endpointProblem, isPrivateAddress } from "./endpoint-url";

describe("webhook endpoint addresses", () => {
  it("accepts public HTTPS URLs", () => {
    for (const url of ["https://www.aure.kommune.no/klartekst-hook", "https://hooks.example.com:8443/a?b=c", "https://93.184.216.34/hook"]) assert.equal(endpointProblem(url, false), null, url);
  });

  it("refuses plain HTTP, credentials and things that are not URLs", () => {
    assert.equal(endpointProblem("http://www.aure.kommune.no/hook", false), "https");
    assert.equal(endpointProblem("ftp://www.aure.kommune.no/hook", false), "https");
    assert.equal(endpointProblem("https://user:pw@www.aure.kommune.no/hook", false), "url");
    assert.equal(endpointProblem("www.aure.kommune.no", false), "url");
  });

  it("refuses addresses inside our own network (SSRF)", () => {
    for (const url of [
      "https://localhost/hook",
      "https://127.0.0.1/hook",
      "https://10.1.2.3/hook",
      "https://192.168.0.10/",
      "https://169.254.169.254/latest/meta-data",
      "https://[::1]/",
      "https://[fd00::1]/",
      "https://[::ffff:10.0.0.1]/",
      "https://app.localhost/",
    ])
      assert.equal(endpointProblem(url, false), "private", url);
  });

  it("allows http://127.0.0.1 and localhost only when the tests' flag is set, and nothing else private then either", () => {
    assert.equal(endpointProblem("http://127.0.0.1:3916/hook", true), null);
    assert.equal(endpointProblem("http://localhost:3916/hook", true), null);
    assert.equal(endpointProblem("http://127.0.0.1:3916/hook", false), "https");
    assert.equal(endpointProblem("https://10.1.2.3/hook", true), "private");
    assert.equal(endpointProblem("http://www.aure.kommune.no/hook", true), "https");
  });

  it("checks the addresses a name resolves to before each delivery", () => {
    assert.equal(deliverableAddresses(["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"], false), true);
    assert.equal(deliverableAddresses(["93.184.216.34", "10.0.0.5"], false), false, "one private address is enough to refuse");
    assert.equal(deliverableAddresses([], false), false);
    assert.equal(deliverableAddresses(["127.0.0.1"], false), false);
    assert.equal(deliverableAddresses(["127.0.0.1", "::1"], true), true);
    assert.equal(deliverableAddresses(["192.168.1.1"], true), false);
    assert.equal(isPrivateAddress("not an address"), true);
  });
});
