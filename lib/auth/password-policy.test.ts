import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { oneTimePassword } from "./one-time-password";
import { MIN_PASSWORD_LENGTH, passwordProblem } from "./password-policy";

const kari = { email: "kari.nordmann@aure.kommune.no", name: "Kari Nordmann" };

describe("password policy", () => {
  it("refuses passwords shorter than 12 characters, counting characters as people do", () => {
    assert.equal(MIN_PASSWORD_LENGTH, 12);
    assert.equal(passwordProblem("Fj0rd-ørret", kari), "tooShort");
    assert.equal(passwordProblem("🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊", kari), "tooShort");
  });

  it("refuses long passwords that an estimator rates weak", () => {
    assert.equal(passwordProblem("aaaaaaaaaaaa", kari), "weak");
    assert.equal(passwordProblem("abcdefghijklmnop", kari), "weak");
    assert.equal(passwordProblem("qwertyuiopasdf", kari), "weak");
    assert.equal(passwordProblem("zzzzzzzzzzzzzzzz", kari), "weak");
  });

  it("refuses common passwords of 12 characters or more", () => {
    assert.equal(passwordProblem("123456789012", kari), "common");
    assert.equal(passwordProblem("qwertyuiop123", kari), "common");
    assert.equal(passwordProblem("Password1234", kari), "common");
  });

  it("refuses the user's own e-mail address, its local part and their name", () => {
    assert.equal(passwordProblem("kari.nordmann@aure.kommune.no", kari), "personal");
    assert.equal(passwordProblem("Kari.Nordmann-2026!", kari), "personal");
    assert.equal(passwordProblem("xy-NORDMANN-fjell-97", kari), "personal");
    assert.equal(passwordProblem("Kari Nordmann 1984", kari), "personal");
  });

  it("accepts a strong password", () => {
    assert.equal(passwordProblem("kjempefint-fjellvann-97", kari), null);
    assert.equal(passwordProblem("Y3kP-wq8d-Lm2s", kari), null);
  });

  it("accepts the one-time passwords that npm run admin:create prints", () => {
    for (let i = 0; i < 50; i++) assert.equal(passwordProblem(oneTimePassword(kari), kari), null);
  });
});
