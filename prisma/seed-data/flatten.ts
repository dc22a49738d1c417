import { richTextToPlain } from "../../lib/content/plain-text";
import type { Block } from "../../lib/content/schema";
import { normaliseText } from "./sources";
import type { SeedActivity, SeedNotice, SeedPart } from "./types";

function activityText(activity: SeedActivity): string[] {
  const out = [activity.title];
  for (const value of Object.values(activity.content)) {
    if (!Array.isArray(value)) continue;
    for (const item of value as unknown[]) {
      if (typeof item === "string") out.push(item);
      else if (item && typeof item === "object" && "text" in item && typeof item.text === "string") out.push(item.text);
      else out.push(richTextToPlain([item as Block]));
    }
  }
  return out;
}

function partText(part: SeedPart): string[] {
  if (part.kind === "activity") return activityText(part);
  return [part.title, richTextToPlain(part.body), ...(part.children ?? []).flatMap(activityText)];
}

/** All text of seed notices, whitespace folded, lines joined by a space. */
export function seedNoticeText(notices: SeedNotice[]): string {
  const pieces = notices.flatMap((n) => [n.title, richTextToPlain(n.intro), ...n.parts.flatMap(partText)]);
  return normaliseText(pieces.join("\n"));
}
