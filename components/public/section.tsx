/** @jsxImportSource preact */
import type { ResolvedOrganisation, ResolvedSection } from "@/lib/notice/types";
import { Activity } from "./activity";
import { Appended } from "./appended";
import { breakable } from "./breakable";
import { LocalizedRichText } from "./rich-text";
import { langIf, useView } from "./view";

export function Section({ section, organisation }: { section: ResolvedSection; organisation: ResolvedOrganisation }) {
  const { locale } = useView();
  const headingId = `${section.slug}-title`;
  return (
    <section id={section.slug} class="notice-section" aria-labelledby={headingId}>
      <h2 id={headingId} {...langIf(section.title.lang, locale)}>
        {breakable(section.title.value)}
      </h2>
      <LocalizedRichText value={section.body} level={3} organisation={organisation} />
      <Appended appended={section.appended} level={3} organisation={organisation} />
      {section.children.map((activity) => (
        <Activity activity={activity} organisation={organisation} level={3} />
      ))}
    </section>
  );
}
