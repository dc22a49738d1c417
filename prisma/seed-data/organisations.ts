import type { Locale } from "../../lib/content/schema";

/**
 * The twelve first tenants. Facts the source notices leave blank (DPO contacts, e-mail addresses,
 * secure-mail links) stay empty settings for editors to fill in; they render nothing until then.
 */
export type SeedOrganisation = {
  slug: string;
  name: string;
  kind: "municipality" | "company";
  country: "NO" | "DK";
  defaultLocale: Locale;
  locales: Locale[];
  group?: "nordmore";
  website: string;
  accentColor: string;
  address?: string;
  phone?: string;
  email?: string;
  dpoPhone?: string;
  hasDpo?: boolean;
  /** Who to contact when there is no DPO, in the default locale. */
  noDpoNote?: string;
};

const nordmore = (slug: string, name: string, accentColor: string): SeedOrganisation => ({
  slug,
  name,
  kind: "municipality",
  country: "NO",
  defaultLocale: "nb",
  locales: ["nb", "nn"],
  group: "nordmore",
  website: `https://www.${slug}.kommune.no`,
  accentColor,
});

export const ORGANISATIONS: SeedOrganisation[] = [
  nordmore("aure", "Aure kommune", "#1f4e8c"),
  nordmore("averoy", "Averøy kommune", "#005a70"),
  nordmore("gjemnes", "Gjemnes kommune", "#6b2c2c"),
  nordmore("kristiansund", "Kristiansund kommune", "#1d3f6e"),
  nordmore("rindal", "Rindal kommune", "#2f5d2a"),
  nordmore("smola", "Smøla kommune", "#0b4f6c"),
  nordmore("sunndal", "Sunndal kommune", "#7a2e12"),
  nordmore("surnadal", "Surnadal kommune", "#3b3f8f"),
  nordmore("tingvoll", "Tingvoll kommune", "#1e5b4f"),
  {
    slug: "billund",
    name: "Billund Kommune",
    kind: "municipality",
    country: "DK",
    defaultLocale: "da",
    locales: ["da"],
    website: "https://www.billund.dk",
    accentColor: "#00524c",
    address: "Jorden Rundt 1\n7200 Grindsted",
    phone: "79727200",
    dpoPhone: "79727243",
  },
  {
    slug: "oslo",
    name: "Oslo kommune",
    kind: "municipality",
    country: "NO",
    defaultLocale: "nb",
    locales: ["nb", "nn"],
    website: "https://www.oslo.kommune.no",
    accentColor: "#2a2859",
  },
  {
    slug: "sonh",
    name: "Sør-Østerdal Næringshage AS",
    kind: "company",
    country: "NO",
    defaultLocale: "nb",
    locales: ["nb"],
    website: "https://www.sonh.no",
    accentColor: "#4a3b12",
    address: "Postboks 68\n2451 RENA",
    email: "post@sonh.no",
    hasDpo: false,
    noDpoNote: "Daglig leder",
  },
];
