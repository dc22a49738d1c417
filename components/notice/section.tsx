import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/content/schema";
import type { ResolvedOrganisation, ResolvedSection } from "@/lib/notice/types";
import { RichText, langIfDifferent } from "../rich-text";
import { Activity } from "./activity";
import { AppendedText } from "./appended-text";

export async function Section({ section, organisation }: { section: ResolvedSection; organisation: ResolvedOrganisation }) {
  const locale = (await getLocale()) as Locale;
  const headingId = `${section.slug}-title`;
  return (
    <section id={section.slug} className="notice-section" aria-labelledby={headingId}>
      <h2 id={headingId} {...langIfDifferent(section.title.lang, locale)}>
        {section.title.value}
      </h2>
      {section.body && (
        <div {...langIfDifferent(section.body.lang, locale)}>
          <RichText blocks={section.body.value} organisation={organisation} />
        </div>
      )}
      <AppendedText appended={section.appended} organisation={organisation} />
      {section.children.map((activity) => (
        <Activity key={activity.slug} activity={activity} organisation={organisation} level={3} />
      ))}
    </section>
  );
}
