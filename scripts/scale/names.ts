import type { Random } from "./random";

/*
 * Made-up municipality names built from common Norwegian and Danish place-name parts, so the
 * synthetic tenants look plausible without pretending to be real municipalities.
 */

const NORWEGIAN = {
  first: [
    "Aust",
    "Vest",
    "Nord",
    "Sør",
    "Lang",
    "Stor",
    "Ny",
    "Fjell",
    "Lind",
    "Berg",
    "Hov",
    "Sand",
    "Strand",
    "Eids",
    "Ram",
    "Val",
    "Hol",
    "Skog",
    "Elve",
    "Ås",
    "Bø",
    "Lo",
    "Tys",
    "Mo",
    "Fol",
    "Vå",
    "Rød",
    "Gran",
    "Kvit",
    "Dyr",
    "Ørn",
    "Myr",
  ],
  last: ["dal", "vik", "fjord", "øy", "nes", "berg", "stad", "heim", "sund", "land", "voll", "bygd", "rud", "haug", "ås", "eid", "mark", "set"],
  municipality: (stem: string) => `${stem} kommune`,
};

const DANISH = {
  first: ["Hol", "Ny", "Skov", "Brø", "Vester", "Øster", "Nør", "Sønder", "Ros", "Her", "Fre", "Hvid", "Lyng", "Ring", "Gre", "Kal", "Bal", "Ste", "Mari", "Tor", "Lil", "Bjerg"],
  last: ["strup", "rup", "løse", "by", "købing", "sted", "lev", "borg", "holm", "bjerg", "ager", "ved", "ing", "havn", "bæk", "lund"],
  municipality: (stem: string) => `${stem} Kommune`,
};

export type Country = "NO" | "DK";

/** Lowercase ascii slug of a name: "Sørvik" -> "sorvik". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/[øö]/g, "o")
    .replace(/å/g, "a")
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Unique name stems (e.g. "Nordvik"); `taken` holds slugs already in use and is updated. */
export function municipalityStem(country: Country, random: Random, taken: Set<string>): string {
  const parts = country === "NO" ? NORWEGIAN : DANISH;
  for (let attempt = 0; ; attempt++) {
    const base = `${random.pick(parts.first)}${random.pick(parts.last)}`;
    // After many collisions the plain combinations are used up: number them.
    const stem = attempt < 200 ? base : `${base} ${attempt - 198}`;
    const slug = slugify(stem);
    if (!taken.has(slug)) {
      taken.add(slug);
      return stem;
    }
  }
}

export function municipalityName(country: Country, stem: string): string {
  return (country === "NO" ? NORWEGIAN : DANISH).municipality(stem);
}

export const PEOPLE = [
  "Kari Nordmann",
  "Ola Haugen",
  "Ingrid Berg",
  "Lars Nilsen",
  "Marte Solberg",
  "Anne Jensen",
  "Mette Hansen",
  "Søren Madsen",
  "Jens Pedersen",
  "Hanne Kristensen",
  "Eirik Lunde",
  "Sofie Larsen",
];
