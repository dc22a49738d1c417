import { ORGANISATIONS } from "../../prisma/seed-data/organisations";

/** The twelve real organisations, present in both bench databases, each in its default language. */
export const SEED_ORGANISATIONS = ORGANISATIONS.map((org) => ({ slug: org.slug, locale: org.defaultLocale }));
