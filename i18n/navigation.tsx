import type { ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * A link that fetches its page when it is followed, not when it is shown. Next.js prefetches
 * every link in view, and admin pages are dynamic: one page with a list of parts set off a dozen
 * full renders, with their queries, that the editor mostly never opened. On a server that also
 * answers citizens those renders delayed the editor's own save and publish, and every reader
 * behind them (docs/decisions/0039-links-fetch-when-followed.md). Citizen pages run no framework
 * JavaScript, so this changes nothing there.
 */
export function Link(props: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={false} {...props} />;
}
