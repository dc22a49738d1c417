import type { Category } from "../../content/schema";
import type { ResolvedActivity } from "../../notice/types";
import { finding, type Finding } from "../findings";
import { partLocation } from "../texts";

/*
 * Every processing activity needs a legal basis under Art. 6(1); special categories of personal
 * data (Art. 9(1)) also need one of the conditions of Art. 9(2); data about criminal
 * convictions and offences (Art. 10) may only be processed under official authority or where
 * Union or national law authorises it. Datatilsynet asks a notice to name the basis of each
 * processing "etter personvernforordningen artikkel 6 og eventuelt også artikkel 9".
 * The facts are the chosen legal bases (a controlled vocabulary with a kind per entry) and the
 * categories an editor marked as Art. 9 or Art. 10 data.
 */

const kinds = (activity: ResolvedActivity) => new Set(activity.legalBases.map((b) => b.kind));

/** Category texts marked with `special`, from every language the activity is read in, first language first. */
function specialCategories(versions: ResolvedActivity[], special: NonNullable<Category["special"]>): string[] {
  const texts = versions.flatMap((a) => (a.fields.categories?.value ?? []).filter((c) => c.special === special).map((c) => c.text));
  return [...new Set(texts)];
}

/**
 * The findings for one activity. `versions` is the same activity read in each checked language
 * (the first is the one whose words the finding quotes); bases are the same in all of them.
 */
export function legalBasisFindings(versions: ResolvedActivity[]): Finding[] {
  const activity = versions[0]!;
  const at = { ...partLocation(activity), field: "legalBases" };
  const present = kinds(activity);
  const out: Finding[] = [];

  if (activity.legalBases.length === 0) out.push(finding({ code: "legal-basis-missing" }, at));
  else if (!present.has("gdpr-art6")) out.push(finding({ code: "legal-basis-no-article-6", bases: activity.legalBases.map((b) => b.citation.value) }, at));

  const art9 = specialCategories(versions, "art9");
  if (art9.length > 0 && !present.has("gdpr-art9")) out.push(finding({ code: "article-9-condition-missing", categories: art9 }, at));

  // Art. 10 is satisfied by the article itself (processing under official authority) or by a
  // national law that authorises it (e.g. databeskyttelsesloven § 8, personopplysningsloven § 11).
  const art10 = specialCategories(versions, "art10");
  if (art10.length > 0 && !present.has("gdpr-art10") && !present.has("national")) out.push(finding({ code: "article-10-basis-missing", categories: art10 }, at));

  return out;
}
