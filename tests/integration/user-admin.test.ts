import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { useFreshDatabase } from "../support/test-db";

useFreshDatabase();
const { prisma } = await import("../../lib/db/client");
const { upsertPasswordUser } = await import("../../lib/db/user-admin");
after(() => prisma.$disconnect());

describe("creating a user with a password", () => {
  it("refuses a password the rules refuse (creating nobody) and accepts a strong one", async () => {
    for (const password of ["aaaaaaaaaaaa", "123456789012", "ola.nordmann@example.no", "Ola Nordmann 1970", "kort-pass"]) {
      await assert.rejects(upsertPasswordUser({ email: "ola.nordmann@example.no", name: "Ola Nordmann", password }), /password rules/);
    }
    assert.equal(await prisma.user.count({ where: { email: "ola.nordmann@example.no" } }), 0);
    await upsertPasswordUser({ email: "ola.nordmann@example.no", name: "Ola Nordmann", password: "sildesalat-ved-fjorden-42" });
    assert.equal(await prisma.user.count({ where: { email: "ola.nordmann@example.no" } }), 1);
  });
});
