import assert from "node:assert/strict";
import { it } from "node:test";
import { LOCALES } from "../../lib/content/schema";
import { planScale, SCALE_ID_PREFIX } from "../../scripts/scale/plan";

const options = { count: 40, activities: 30, seed: 7, takenSlugs: ["aure", "oslo"] };

it("the synthetic plan is the same for the same seed", () => {
  assert.deepEqual(planScale(options), planScale(options));
  assert.notDeepEqual(planScale(options).organisations, planScale({ ...options, seed: 8 }).organisations);
});

it("plans the requested organisations with unique slugs and every locale's texts", () => {
  const plan = planScale(options);
  assert.equal(plan.organisations.length, 40);
  const slugs = plan.organisations.map((o) => o.slug);
  assert.equal(new Set(slugs).size, slugs.length);
  assert.ok(!slugs.includes("aure") && !slugs.includes("oslo"));
  assert.ok(plan.organisations.every((o) => o.id!.startsWith(SCALE_ID_PREFIX)));
  assert.ok(plan.groups.length > 0 && plan.organisations.some((o) => !o.groupId), "groups and standalone organisations");
  for (const part of plan.parts.filter((p) => p.mode !== "hide" && p.mode !== "inherit")) {
    const locales = plan.partTranslations.filter((t) => t.partId === part.id).map((t) => t.locale);
    assert.deepEqual(locales.sort(), [...LOCALES].sort(), part.id!);
  }
});

it("orders parts after the parts they refer to, so bulk inserts satisfy foreign keys", () => {
  const seen = new Set<string>();
  for (const part of planScale(options).parts) {
    for (const ref of [part.baseId, part.parentId]) if (ref) assert.ok(seen.has(ref), `${part.id} refers to ${ref} before it exists`);
    seen.add(part.id!);
  }
});

it("gives standalone notices about the requested number of activities", () => {
  const plan = planScale(options);
  const standalone = plan.organisations.find((o) => !o.groupId)!;
  const activities = plan.parts.filter((p) => p.organisationId === standalone.id && p.kind === "activity");
  assert.equal(activities.length, 30);
});
