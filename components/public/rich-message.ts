import type { ComponentChildren } from "preact";
import type { Translate } from "@/lib/public/i18n";

type RichKey = Parameters<Translate["rich"]>[0];
/** Any key of the interface texts. */
export type MessageKey = Parameters<Translate>[0];
type Tag = (chunks: ComponentChildren) => ComponentChildren;

/**
 * A message with elements where it has tags (`Sist oppdatert <date></date>`), as Preact
 * children. next-intl's translator returns the parts as they come (strings and whatever the tag
 * functions return); its types speak of React nodes, so the types are bridged here, once.
 */
export function rich(view: { t: Translate }, key: RichKey, values: Record<string, Tag | string | number>): ComponentChildren {
  const rendered: unknown = view.t.rich(key, values as never);
  return rendered as ComponentChildren;
}
