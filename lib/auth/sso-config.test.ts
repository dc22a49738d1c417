import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mappingFor, parseDomainMappings, readSsoConfig, SsoConfigError } from "./sso-config";

describe("single sign-on settings", () => {
  it("is off without an issuer", () => {
    assert.equal(readSsoConfig({}), null);
  });

  it("maps e-mail domains to organisations, as viewers unless a role is given", () => {
    const domains = parseDomainMappings("aure.kommune.no=aure, @averoy.kommune.no = averoy:editor");
    assert.deepEqual(domains, [
      { domain: "aure.kommune.no", organisationSlug: "aure", role: "viewer" },
      { domain: "averoy.kommune.no", organisationSlug: "averoy", role: "editor" },
    ]);
    assert.equal(mappingFor("Kari@Aure.Kommune.no", domains)?.organisationSlug, "aure");
    assert.equal(mappingFor("kari@evil.aure.kommune.no", domains), null);
    assert.equal(mappingFor("kari@aure.kommune.no.evil.example", domains), null);
  });

  it("refuses group roles, unknown roles and malformed entries", () => {
    assert.throws(() => parseDomainMappings("aure.kommune.no=aure:group_admin"), SsoConfigError);
    assert.throws(() => parseDomainMappings("aure.kommune.no=aure:platform_admin"), SsoConfigError);
    assert.throws(() => parseDomainMappings("aure=aure"), SsoConfigError);
  });

  it("needs https except on this machine, and the client's id and secret", () => {
    assert.throws(() => readSsoConfig({ SSO_ISSUER: "http://login.example.no", SSO_CLIENT_ID: "a", SSO_CLIENT_SECRET: "b" }), SsoConfigError);
    assert.throws(() => readSsoConfig({ SSO_ISSUER: "https://login.example.no" }), SsoConfigError);
    const config = readSsoConfig({ SSO_ISSUER: "http://127.0.0.1:4020", SSO_CLIENT_ID: "a", SSO_CLIENT_SECRET: "b", SSO_NAME: "Entra ID" });
    assert.equal(config?.name, "Entra ID");
  });
});
