import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { UNKNOWN_ADDRESS, addressBucket, clientAddress, normaliseAddress, parseTrustedProxies } from "./client-address.mjs";

const nobody = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, 192.0.2.7 2001:db8:1::/48");

describe("client address", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    assert.equal(clientAddress("198.51.100.20", "203.0.113.9", nobody), "198.51.100.20");
    assert.equal(clientAddress("::ffff:198.51.100.20", "203.0.113.9, 203.0.113.10", nobody), "198.51.100.20");
  });

  it("is the socket's address when the socket is not a trusted proxy", () => {
    assert.equal(clientAddress("198.51.100.20", "203.0.113.9", proxies), "198.51.100.20");
  });

  it("behind trusted proxies, is the right-most address that is not one of them", () => {
    // The client wrote "1.1.1.1" itself; the load balancer appended what it saw, 203.0.113.9.
    assert.equal(clientAddress("10.0.0.2", "1.1.1.1, 203.0.113.9", proxies), "203.0.113.9");
    assert.equal(clientAddress("10.0.0.2", "1.1.1.1, 203.0.113.9, 192.0.2.7, 10.1.2.3", proxies), "203.0.113.9");
    assert.equal(clientAddress("10.0.0.2", ["1.1.1.1", "203.0.113.9"], proxies), "203.0.113.9");
    assert.equal(clientAddress("2001:db8:1::5", "[2001:db8:2::9]:443", proxies), "2001:db8:2::9");
  });

  it("stops at a malformed entry: the proxy that passed it on is the client", () => {
    assert.equal(clientAddress("10.0.0.2", "203.0.113.9, not-an-address", proxies), "10.0.0.2");
    assert.equal(clientAddress("10.0.0.2", "", proxies), "10.0.0.2");
    assert.equal(clientAddress("10.0.0.2", undefined, proxies), "10.0.0.2");
  });

  it("is unknown without a socket address", () => {
    assert.equal(clientAddress(undefined, "203.0.113.9", proxies), UNKNOWN_ADDRESS);
  });

  it("normalises IPv4-mapped, bracketed and ported forms and refuses non-addresses", () => {
    assert.equal(normaliseAddress("::ffff:192.0.2.1"), "192.0.2.1");
    assert.equal(normaliseAddress("192.0.2.1:5000"), "192.0.2.1");
    assert.equal(normaliseAddress("[2001:DB8::1]:443"), "2001:db8::1");
    assert.equal(normaliseAddress("localhost"), null);
    assert.equal(normaliseAddress("192.0.2.300"), null);
  });
});

describe("TRUSTED_PROXIES", () => {
  it("refuses entries that are not addresses or ranges, so a typo stops the server", () => {
    assert.throws(() => parseTrustedProxies("10.0.0.0/8, proxy.internal"), /proxy\.internal/);
    assert.throws(() => parseTrustedProxies("10.0.0.0/33"), /prefix/);
    assert.throws(() => parseTrustedProxies("10.0.0.0/8/1"), /10\.0\.0\.0\/8\/1/);
  });

  it("trusts nobody when empty", () => {
    assert.equal(nobody.has("127.0.0.1"), false);
    assert.deepEqual(nobody.entries, []);
  });
});

describe("address bucket", () => {
  it("counts IPv4 addresses one by one and IPv6 addresses by their /64", () => {
    assert.equal(addressBucket("203.0.113.9"), "203.0.113.9");
    assert.equal(addressBucket("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
    assert.equal(addressBucket("2001:db8:1:2:ffff:ffff:ffff:ffff"), "2001:db8:1:2::/64");
    assert.equal(addressBucket("2001:db8::1"), "2001:db8:0:0::/64");
    assert.equal(addressBucket("::1"), "0:0:0:0::/64");
    assert.equal(addressBucket(UNKNOWN_ADDRESS), UNKNOWN_ADDRESS);
  });
});
