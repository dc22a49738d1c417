import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { isDatabaseUnavailable } from "./unavailable";

/** Shaped as Prisma 6.19 with @prisma/adapter-pg throws them (seen with PostgreSQL stopped). */
const prismaError = (code: string, kind: string) =>
  Object.assign(new Error("Can't reach database server at 127.0.0.1:5441"), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind } } },
  });

describe("a database that cannot be reached, whatever wraps the error", () => {
  test("PostgreSQL stopped: the server is not reachable", () => {
    assert.ok(isDatabaseUnavailable(prismaError("P1001", "DatabaseNotReachable")));
  });

  test("PostgreSQL shutting down while a connection was open", () => {
    const adapter = Object.assign(new Error("terminating connection due to administrator command"), { name: "DriverAdapterError", cause: { kind: "postgres", code: "57P01" } });
    assert.ok(isDatabaseUnavailable(adapter));
  });

  test("the driver's own errors, and sockets that fail", () => {
    assert.ok(isDatabaseUnavailable(new Error("Connection terminated unexpectedly")));
    assert.ok(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })));
  });

  test("SQLite locked by another process past its busy timeout", () => {
    assert.ok(isDatabaseUnavailable(prismaError("P1008", "SocketTimeout")));
  });

  test("wrapped by Better Auth when reading the session", () => {
    const wrapped = Object.assign(new Error("Failed to get session"), { name: "APIError", cause: prismaError("P1001", "DatabaseNotReachable") });
    assert.ok(isDatabaseUnavailable(wrapped));
  });

  test("not: the database refused what was asked, or a bug", () => {
    assert.ok(!isDatabaseUnavailable(prismaError("P2002", "UniqueConstraintViolation")));
    assert.ok(!isDatabaseUnavailable(new TypeError("Cannot read properties of undefined")));
    assert.ok(!isDatabaseUnavailable(undefined));
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    assert.ok(!isDatabaseUnavailable(loop));
  });
});
