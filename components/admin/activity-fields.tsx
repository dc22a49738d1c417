"use client";
import { useTranslations } from "next-intl";
import { ACTIVITY_FIELD_REGISTRY, fieldKeys, type Companion, type FieldKind, type FieldRegistry } from "@/lib/content/fields";
import type { Block, Category, Locale } from "@/lib/content/schema";
import { isoToRetention, RETENTION_UNITS } from "@/lib/actions/part-form";
import { RichTextField } from "./rich-text-field";
import { KeptInput, KeptSelect, KeptTextarea } from "./no-script-answer";

const EXTRA_CATEGORY_ROWS = 3;

type Props = {
  locales: Locale[];
  /** Each language's content as stored. */
  content: (locale: Locale) => Record<string, unknown>;
  legalBases: string[];
  retentionPeriod: string | null;
  vocabulary: { code: string; kind: string; citation: string; label: string }[];
  fieldErrors?: Record<string, string>;
  /** The fields to edit (lib/content/fields.ts); tests pass others. */
  registry?: FieldRegistry;
};

/**
 * Every field of a processing activity in reading order, each language side by side, each field
 * edited by its kind; the legal bases and the fixed retention period come with the fact they
 * belong to. lib/actions/part-form.ts reads back exactly these names.
 */
export function ActivityFields({ locales, content, legalBases, retentionPeriod, vocabulary, fieldErrors, registry = ACTIVITY_FIELD_REGISTRY }: Props) {
  const t = useTranslations("admin.parts");
  const tf = useTranslations("fields");
  const tl = useTranslations("layout.localeName");
  const inLanguage = (label: string, locale: Locale) => `${label} (${tl(locale)})`;
  const t0 = useTranslations();
  const label = (key: string) => (registry[key]?.label ? t0(registry[key]!.label as Parameters<typeof t0>[0]) : tf(key as Parameters<typeof tf>[0]));

  const columns = (render: (locale: Locale) => React.ReactNode) => (
    <div className="locale-columns" style={{ gridTemplateColumns: `repeat(${locales.length}, minmax(0, 1fr))` }}>
      {locales.map((locale) => (
        <div key={locale} lang={locale} className="locale-column">
          {render(locale)}
        </div>
      ))}
    </div>
  );

  function field(key: string, kind: FieldKind, locale: Locale) {
    const name = `${key}.${locale}`;
    const value = content(locale)[key];
    switch (kind) {
      case "richText":
        return <RichTextField name={name} label={inLanguage(label(key), locale)} blocks={(value as Block[] | undefined) ?? []} lang={locale} error={fieldErrors?.[name]} />;
      case "textList":
        return (
          <div className="field">
            <label htmlFor={`${key}-${locale}`}>{inLanguage(label(key), locale)}</label>
            <p className="hint" id={`${key}-${locale}-hint`}>
              {t("onePerLine")}
            </p>
            <KeptTextarea id={`${key}-${locale}`} name={name} rows={3} aria-describedby={`${key}-${locale}-hint`} defaultValue={((value as string[] | undefined) ?? []).join("\n")} />
          </div>
        );
      case "categories": {
        const rows: (Category | null)[] = [...((value as Category[] | undefined) ?? []), ...Array(EXTRA_CATEGORY_ROWS).fill(null)];
        return (
          <table className="category-table">
            <caption className="sr-only">{inLanguage(label(key), locale)}</caption>
            <thead>
              <tr>
                <th scope="col">{t("category")}</th>
                <th scope="col">{t("special")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((category, i) => (
                <tr key={i}>
                  <td>
                    <KeptInput name={`${name}.text`} defaultValue={category?.text ?? ""} aria-label={`${t("category")} ${i + 1} (${tl(locale)})`} />
                  </td>
                  <td>
                    <KeptSelect name={`${name}.special`} defaultValue={category?.special ?? ""} aria-label={`${t("special")} ${i + 1} (${tl(locale)})`}>
                      <option value="">{t("specialNone")}</option>
                      <option value="art9">{t("specialArt9")}</option>
                      <option value="art10">{t("specialArt10")}</option>
                    </KeptSelect>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      }
    }
  }

  function companion(kind: Companion) {
    if (kind === "legalBases") {
      return (
        <fieldset key="legalBases">
          <legend>{tf("legalBasis")}</legend>
          <div className="checkbox-grid">
            {vocabulary.map((basis) => (
              <div key={basis.code} className="field checkbox">
                <KeptInput type="checkbox" id={`lb-${basis.code}`} name="legalBases" value={basis.code} defaultChecked={legalBases.includes(basis.code)} />
                <label htmlFor={`lb-${basis.code}`}>
                  {basis.citation} <span className="text-muted">– {basis.label}</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      );
    }
    const retention = isoToRetention(retentionPeriod);
    return (
      <fieldset key="retentionPeriod">
        <legend>{t("retentionPeriod")}</legend>
        <div className="inline-fields">
          <div className="field">
            <label htmlFor="retentionAmount">{t("retentionAmount")}</label>
            <KeptInput id="retentionAmount" name="retentionAmount" type="number" min={1} step={1} defaultValue={retention.amount} />
          </div>
          <div className="field">
            <label htmlFor="retentionUnit">{t("retentionUnit")}</label>
            <KeptSelect id="retentionUnit" name="retentionUnit" defaultValue={retention.unit}>
              {Object.keys(RETENTION_UNITS).map((unit) => (
                <option key={unit} value={unit}>
                  {t(`units.${unit as keyof typeof RETENTION_UNITS}`)}
                </option>
              ))}
            </KeptSelect>
          </div>
        </div>
      </fieldset>
    );
  }

  return (
    <>
      {fieldKeys(registry)
        .filter((key) => registry[key]!.role !== "appendix")
        .flatMap((key) => {
          const spec = registry[key]!;
          return [
            ...(spec.companion ? [companion(spec.companion)] : []),
            <fieldset key={key}>
              <legend>{label(key)}</legend>
              {columns((locale) => field(key, spec.kind, locale))}
            </fieldset>,
          ];
        })}
    </>
  );
}
