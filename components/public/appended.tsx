/** @jsxImportSource preact */
import type { ResolvedOrganisation, ResolvedPart } from "@/lib/notice/types";
import { LocalizedRichText, type HeadingLevel } from "./rich-text";

/** Text an organisation added below a shared part; it reads as part of it. */
export function Appended({ appended, level, organisation }: { appended: ResolvedPart["appended"]; level: HeadingLevel; organisation: ResolvedOrganisation }) {
  return (
    <>
      {appended.map((item) => (
        <LocalizedRichText value={item.body} level={level} organisation={organisation} />
      ))}
    </>
  );
}
