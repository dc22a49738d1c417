/**
 * One or more addresses of every kind of public page, as the outside checks visit them: each
 * template of the site, the embed, the admin's sign-in, every kind of 404 and the server's own
 * error pages. Status is what a visitor must get.
 */
export type Template = { path: string; status: number; method?: string; what: string };

export const PUBLIC_TEMPLATES: Template[] = [
  { what: "directory", path: "/nb", status: 200 },
  { what: "directory (Danish)", path: "/da", status: 200 },
  { what: "directory search", path: "/nb?q=aure&country=NO", status: 200 },
  { what: "notice", path: "/nb/aure", status: 200 },
  { what: "notice (nynorsk, borrowing bokmål)", path: "/nn/tingvoll", status: 200 },
  { what: "notice (Danish)", path: "/da/billund", status: 200 },
  { what: "notice (company, no DPO)", path: "/nb/sonh", status: 200 },
  { what: "notice (library activity)", path: "/nb/oslo", status: 200 },
  { what: "activity", path: "/nb/aure/telefon", status: 200 },
  { what: "activity (Danish)", path: "/da/billund/telefonoptagelser", status: 200 },
  { what: "version history", path: "/nb/aure/versions", status: 200 },
  { what: "one version", path: "/nb/aure/versions/1", status: 200 },
  { what: "changes in a version", path: "/nb/aure/versions/1/changes", status: 200 },
  { what: "two versions compared", path: "/da/billund/versions/1/compare/1", status: 200 },
  { what: "developers", path: "/nb/developers", status: 200 },
  { what: "developers (English)", path: "/en/developers", status: 200 },
  { what: "embed", path: "/embed/aure/nb", status: 200 },
  { what: "embed of one activity", path: "/embed/billund/da/telefonoptagelser", status: 200 },
  { what: "subscribe form page", path: "/nb/aure/subscribe", status: 200 },
  { what: "subscribe: check your mail", path: "/da/billund/subscribe/sent", status: 200 },
  { what: "subscribe: confirm button", path: `/nb/aure/subscribe/confirm?token=${"a".repeat(43)}`, status: 200 },
  { what: "unsubscribe button", path: `/nn/aure/unsubscribe?token=${"a".repeat(43)}`, status: 200 },
  { what: "404: subscription link that cannot be a token", path: "/nb/aure/subscribe/confirm?token=x", status: 404 },
  { what: "sign-in", path: "/nb/admin/sign-in", status: 200 },
  { what: "404: unknown organisation", path: "/nb/finnes-ikke", status: 404 },
  { what: "404: unknown activity", path: "/nb/aure/finnes-ikke", status: 404 },
  { what: "404: language not published", path: "/en/oslo", status: 404 },
  { what: "404: Danish", path: "/da/findes-ikke", status: 404 },
  { what: "404: too deep", path: "/nb/aure/telefon/mer", status: 404 },
  { what: "404: unknown version", path: "/nb/aure/versions/99", status: 404 },
  { what: "404: unknown version number", path: "/nb/aure/versions/x", status: 404 },
  { what: "404: embed", path: "/embed/finnes-ikke/nb", status: 404 },
  { what: "410: archived notice", path: "/nb/halsa", status: 410 },
  { what: "410: archived notice's embed", path: "/embed/halsa/nb", status: 410 },
  { what: "archived notice's version history", path: "/nb/halsa/versions", status: 200 },
  { what: "410: archived notice's subscribe form", path: "/nb/halsa/subscribe", status: 410 },
  { what: "400: malformed address", path: "/nb/%ZZ", status: 400 },
  { what: "405: writing to a page", path: "/da/billund", method: "DELETE", status: 405 },
];
