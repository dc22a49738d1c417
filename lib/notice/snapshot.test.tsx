/** @jsxImportSource preact */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { EmbedNoticePage } from "@/components/public/pages/embed-pages";
import { NoticePage } from "@/components/public/pages/notice-page";
import { embedView, renderView, siteStyles } from "../public/pages";
import { InvalidSnapshotError, readSnapshot } from "./snapshot";
import { SNAPSHOT_FORMAT } from "./snapshot-schema";

/*
 * Published snapshots are the permanent public record. These two were frozen from the seed when
 * snapshots got their format number (format 1, November 2026); whatever the code becomes, they
 * must still be read and rendered. A change of shape bumps SNAPSHOT_FORMAT and adds an upgrade.
 */
const frozen = (slug: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/snapshot-format-1-${slug}.json`, import.meta.url), "utf8"));
const publishedAt = new Date("2026-11-23T09:00:00Z");

describe("frozen format-1 snapshots", () => {
  for (const slug of ["tingvoll", "billund"]) {
    it(`${slug}: is read, and renders as a page and as an embed`, () => {
      const snapshot = readSnapshot(frozen(slug));
      assert.equal(snapshot.format, SNAPSHOT_FORMAT);
      assert.ok(snapshot.locales.length > 0);
      for (const locale of snapshot.locales) {
        const notice = snapshot.notices[locale]!;
        const styles = siteStyles(notice.organisation.accentColor);
        const page = renderView(locale, "page", <NoticePage data={{ notice, locales: snapshot.locales, publishedAt, versionNumber: 1 }} styles={styles} />, { styles, scripts: [] }).html;
        const embed = embedView(locale, notice.organisation.accentColor, (frame) => (
          <EmbedNoticePage notice={notice} locales={snapshot.locales} version={{ number: 1, publishedAt }} frame={frame} />
        )).html;
        for (const html of [page, embed]) {
          assert.match(html, new RegExp(`<html lang="${locale}">`));
          assert.ok(html.includes(notice.organisation.name));
          for (const part of notice.parts) assert.ok(html.includes(`id="${part.slug}"`), `${slug}/${locale}: ${part.slug}`);
        }
      }
    });
  }

  it("keeps the texts citizens read", () => {
    const tingvoll = readSnapshot(frozen("tingvoll"));
    const billund = readSnapshot(frozen("billund"));
    assert.deepEqual(tingvoll.locales, ["nb", "nn"]);
    assert.equal(tingvoll.notices.nn!.parts.find((p) => p.slug === "personopplysninger")?.title.lang, "nb", "nynorsk borrows bokmål where it has none");
    const recording = billund.notices.da!.parts.flatMap((p) => (p.kind === "section" ? p.children : [p])).find((a) => a.slug === "telefonoptagelser");
    assert.equal(recording?.retentionPeriod, "P30D");
  });
});

describe("reading stored snapshots", () => {
  it("reads a snapshot from before format numbers as format 1", () => {
    const { format, ...legacy } = frozen("billund") as Record<string, unknown>;
    assert.equal(format, 1);
    assert.equal(readSnapshot(legacy).format, 1);
  });

  it("refuses a snapshot from a newer version of Klartekst, and one that does not match its format", () => {
    assert.throws(() => readSnapshot({ ...(frozen("billund") as object), format: SNAPSHOT_FORMAT + 1 }), InvalidSnapshotError);
    const damaged = frozen("billund") as { notices: { da: { organisation: Record<string, unknown> } } };
    delete damaged.notices.da.organisation.name;
    assert.throws(() => readSnapshot(damaged), /notices\.da\.organisation\.name/);
    assert.throws(() => readSnapshot(null), InvalidSnapshotError);
  });

  it("cleans characters pages must not carry from older snapshots", () => {
    const old = frozen("billund") as { notices: { da: { organisation: { name: string } } } };
    old.notices.da.organisation.name = "Billund\u0007 Kommune";
    assert.equal(readSnapshot(old).notices.da!.organisation.name, "Billund Kommune");
  });
});
