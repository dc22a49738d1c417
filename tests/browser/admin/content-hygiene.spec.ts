import { expect, test } from "@playwright/test";
import { prisma } from "../../../lib/db/client";
import { signIn, whenHydrated } from "./support";

test.afterAll(() => prisma.$disconnect());

/** C0 controls other than tab and newline, DEL and C1 controls: invalid in HTML, unparsable in XML. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

test("control characters in older texts and in what editors send never reach citizens, and saving cleans them", async ({ page, request }) => {
  // Text saved before the rule, with characters pasted from other programs.
  const partId = "org:sonh:bedriftskunder";
  const translation = await prisma.partTranslation.findFirstOrThrow({ where: { partId, locale: "nb" } });
  const content = translation.content as Record<string, object>;
  // PostgreSQL cannot store NUL at all; SQLite can, so older SQLite data may hold it.
  const nul = process.env.DATABASE_URL?.startsWith("postgres") ? "" : "\u0000";
  content.description = [{ type: "paragraph", text: [{ type: "text", text: `Eldre\u0007 tekst${nul} med styretegn\u001b.` }] }];
  await prisma.partTranslation.update({ where: { id: translation.id }, data: { title: "Bedrifts\u0008kunder", content } });

  await signIn(page, "sonh@klartekst.test");
  await page.goto("/nb/admin/organisations/sonh/publish");
  await page.getByLabel("Endringsnotat (valgfritt)").fill("Rettet\u0001 tekst\u0002");
  await page.getByRole("button", { name: "Publiser nå" }).click();
  await expect(page).toHaveURL(/published=/);

  const latest = await prisma.noticeVersion.findFirstOrThrow({ where: { organisation: { slug: "sonh" } }, orderBy: { number: "desc" } });
  expect(latest.changeNote).toBe("Rettet tekst");
  for (const path of ["/nb/sonh", "/nb/sonh/bedriftskunder", "/nb/sonh/versions", `/nb/sonh/versions/${latest.number}/changes`, "/embed/sonh/nb", "/nb/sonh/versions/feed.xml"]) {
    const body = await (await request.get(path)).text();
    expect(CONTROL.test(body), path).toBe(false);
  }
  for (const path of [
    "/api/v1/organisations/sonh/notice",
    "/api/v1/organisations/sonh/notice?format=jsonld",
    "/api/v1/organisations/sonh/versions",
    `/api/v1/organisations/sonh/versions/${latest.number}`,
  ]) {
    const found = strings(await (await request.get(path)).json()).filter((s) => CONTROL.test(s));
    expect(found, path).toEqual([]);
  }
  const notice = await (await request.get("/nb/sonh")).text();
  expect(notice).toContain("Eldre tekst med styretegn.");
  expect(notice).toContain("Bedriftskunder");
  expect(await (await request.get("/nb/sonh/versions")).text()).toContain("Rettet tekst");

  // Saving the part through the editor stores it clean.
  await page.goto(`/nb/admin/parts/${partId}`);
  // A click while React hydrates the page can be lost (the save then never happens).
  await whenHydrated(page, page.getByRole("button", { name: "Lagre utkast" }));
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("status")).toContainText("Lagret");
  const saved = await prisma.partTranslation.findFirstOrThrow({ where: { partId, locale: "nb" } });
  expect(saved.title).toBe("Bedriftskunder");
  expect(strings(saved.content).filter((s) => CONTROL.test(s))).toEqual([]);
});
