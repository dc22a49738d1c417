/** @jsxImportSource preact */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { render } from "preact-render-to-string";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { z } from "zod";
import { ActivityFields } from "@/components/admin/activity-fields";
import { Activity } from "@/components/public/activity";
import { ViewContext } from "@/components/public/view";
import { readActivityContent } from "../actions/part-form";
import { apiActivityFieldsSchema } from "../api/schemas";
import { serializeActivityFields } from "../api/serialize";
import { diffNotices } from "../notice/diff";
import { resolveNotice } from "../notice/resolve";
import { activity, layers, organisation } from "../notice/test-fixtures";
import type { ResolvedActivity, ResolvedNotice } from "../notice/types";
import { intlFor } from "../public/i18n";
import { ACTIVITY_FIELD_REGISTRY, factsOf, type FieldRegistry } from "./fields";
import { contentSchemaFor } from "./schema";

/*
 * A field is declared once: adding one to a registry makes it reach every output. Here a
 * registry fixture adds a rich-text fact (a DPIA reference) and a list fact (tools) to the real
 * fields, and each output — content schema, form, what the server reads, the page, the diff,
 * the API and its schema — is shown to carry them.
 */
const REGISTRY = {
  ...ACTIVITY_FIELD_REGISTRY,
  dpia: { kind: "richText", role: "fact", label: "fields.purpose" },
  tools: { kind: "textList", role: "fact", label: "fields.systems" },
} as const satisfies FieldRegistry;

const paragraph = (text: string) => [{ type: "paragraph" as const, text: [{ type: "text" as const, text }] }];
const content = { purpose: paragraph("Svare innbyggere."), dpia: paragraph("DPIA 2026/3 ble gjort i mars."), tools: ["Regneark", "Saksbehandlingssystem"] };

/** A published activity with the fixture's fields, as resolution would give it. */
function withFixtureFields(extra: Record<string, unknown>): ResolvedNotice {
  const notice = resolveNotice(layers({ groupParts: [activity("telefon", 0, { nb: { title: "Telefon", purpose: content.purpose } })], organisation: organisation() }), "nb");
  const first = notice.parts[0] as ResolvedActivity;
  Object.assign(first.fields, extra);
  return notice;
}

describe("a field added to the registry reaches every output", () => {
  it("the content schema takes and checks it", () => {
    const schema = contentSchemaFor(REGISTRY);
    const parsed = schema.parse(content);
    assert.deepEqual(parsed.dpia, content.dpia);
    assert.deepEqual(parsed.tools, content.tools);
    assert.deepEqual(schema.parse({}).dpia, [], "empty by default, like every field");
    assert.equal(schema.safeParse({ tools: "not a list" }).success, false);
  });

  it("the admin form has an input for it in every language, and the server reads it back", () => {
    const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));
    const { admin, fields, layout, editor } = messages("nb");
    const form = createElement(ActivityFields, {
      locales: ["nb", "nn"],
      content: (locale) => (locale === "nb" ? content : {}),
      legalBases: [],
      retentionPeriod: null,
      vocabulary: [],
      registry: REGISTRY,
    });
    const html = renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "nb", timeZone: "Europe/Oslo", messages: { admin, fields, layout, editor }, children: form }));
    for (const name of ["dpia.nb", "dpia.nn", "tools.nb", "tools.nn"]) assert.ok(html.includes(`name="${name}"`), name);
    assert.ok(html.includes("Regneark\nSaksbehandlingssystem"));

    const data = new FormData();
    data.set("dpia.nb", JSON.stringify(content.dpia));
    data.set("tools.nb", "Regneark\n\n Saksbehandlingssystem ");
    const read = readActivityContent(data, "nb", REGISTRY);
    assert.deepEqual(read.dpia, content.dpia);
    assert.deepEqual(read.tools, content.tools);
  });

  it("the page and the embed show it as a fact, in the registry's order", () => {
    const notice = withFixtureFields({ dpia: { lang: "nb", value: content.dpia }, tools: { lang: "nb", value: content.tools } });
    const view = { locale: "nb" as const, chrome: "page" as const, ...intlFor("nb") };
    const html = render(
      <ViewContext.Provider value={view}>
        <Activity activity={notice.parts[0] as ResolvedActivity} organisation={notice.organisation} level={2} registry={REGISTRY} />
      </ViewContext.Provider>,
    );
    assert.ok(html.includes("DPIA 2026/3 ble gjort i mars."));
    assert.match(html, /<li>Regneark<\/li><li>Saksbehandlingssystem<\/li>/);
    assert.deepEqual(
      factsOf(REGISTRY)
        .slice(-2)
        .map((f) => f.field),
      ["dpia", "tools"],
    );
    assert.ok(html.indexOf("Svare innbyggere.") < html.indexOf("DPIA 2026/3"));
  });

  it("the version diff compares it", () => {
    const before = withFixtureFields({ tools: { lang: "nb", value: ["Regneark"] } });
    const after = withFixtureFields({ dpia: { lang: "nb", value: content.dpia }, tools: { lang: "nb", value: content.tools } });
    const diff = diffNotices(before, after, { registry: REGISTRY });
    const fields = diff.parts[0]!.fields.map((f) => f.field as string);
    assert.deepEqual(fields, ["dpia", "tools"]);
    assert.ok(diff.parts[0]!.fields[1]!.segments.some((s) => s.type === "added" && s.text.includes("Saksbehandlingssystem")));
  });

  it("the API publishes it, and its schema (and so the OpenAPI document) describes it", () => {
    const notice = withFixtureFields({ dpia: { lang: "nb", value: content.dpia }, tools: { lang: "nb", value: content.tools } });
    const fields = serializeActivityFields((notice.parts[0] as ResolvedActivity).fields, notice.organisation, "https://klartekst.test", REGISTRY);
    const schema = apiActivityFieldsSchema(REGISTRY);
    const parsed = schema.parse(JSON.parse(JSON.stringify(fields))) as Record<string, { items?: string[]; text?: string }>;
    assert.equal(parsed.dpia?.text, "DPIA 2026/3 ble gjort i mars.");
    assert.deepEqual(parsed.tools?.items, content.tools);
    const json = z.toJSONSchema(schema) as { properties: Record<string, unknown> };
    assert.ok("dpia" in json.properties && "tools" in json.properties);
    assert.ok(!("appendix" in json.properties), "the appendix is published as `appended`, not as a field");
  });
});
