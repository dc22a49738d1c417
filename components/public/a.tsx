/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import { safeHref } from "@/lib/content/links";
import { useView } from "./view";

type Props = {
  href: string;
  /** A view of the same notice: stays in an embed's frame. Site pages and other sites leave it. */
  inFrame?: boolean;
  children: ComponentChildren;
  class?: string;
  lang?: string;
  hreflang?: string;
  type?: string;
};

/**
 * Every link of the public views. Content links are checked once more (snapshots may predate
 * today's rules); unsafe ones become plain text. In an embed, links that leave the notice open
 * in the whole window.
 */
export function A({ href, inFrame = false, children, ...rest }: Props) {
  const { chrome } = useView();
  const safe = safeHref(href);
  if (safe === null) return <span lang={rest.lang}>{children}</span>;
  const leavesFrame = chrome === "embed" && !inFrame && !safe.startsWith("#");
  return (
    <a href={safe} target={leavesFrame ? "_top" : undefined} {...rest}>
      {children}
    </a>
  );
}
