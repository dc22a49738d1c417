"use client";
import { useTranslations } from "next-intl";
import { richTextToPlain } from "@/lib/content/plain-text";
import type { Block, Locale } from "@/lib/content/schema";

type Texts = Record<string, { title: string; content: unknown }>;

/** Plain text of a part's content: every field, in order, for comparing two versions. */
function plain(content: unknown): string {
  if (!content || typeof content !== "object") return "";
  return Object.values(content as Record<string, unknown>)
    .map((value) => {
      if (!Array.isArray(value)) return "";
      return value
        .map((item) => (typeof item === "string" ? item : item && typeof item === "object" && "type" in item ? richTextToPlain([item as Block]) : ((item as { text?: string }).text ?? "")))
        .join("\n");
    })
    .filter(Boolean)
    .join("\n\n");
}

/** Shown when someone else saved the part first: both texts, nothing overwritten silently. */
export function ConflictPanel({ conflict, locales }: { conflict: { mine: unknown; theirs: unknown }; locales: Locale[] }) {
  const t = useTranslations("admin.conflict");
  const tl = useTranslations("layout.localeName");
  const mine = conflict.mine as Texts;
  const theirs = conflict.theirs as Texts;
  return (
    <section className="conflict" aria-labelledby="conflict-title" role="alert">
      <h2 id="conflict-title">{t("heading")}</h2>
      <p>{t("explanation")}</p>
      {locales.map((locale) => (
        <div key={locale} className="conflict-columns" lang={locale}>
          <div>
            <h3>{t("theirs", { language: tl(locale) })}</h3>
            <p className="conflict-title">{theirs[locale]?.title}</p>
            <pre className="conflict-text">{plain(theirs[locale]?.content)}</pre>
          </div>
          <div>
            <h3>{t("mine", { language: tl(locale) })}</h3>
            <p className="conflict-title">{mine[locale]?.title}</p>
            <pre className="conflict-text">{plain(mine[locale]?.content)}</pre>
          </div>
        </div>
      ))}
      <p>
        {t("choose")} <a href="">{t("discardMine")}</a>
      </p>
    </section>
  );
}
