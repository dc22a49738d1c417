import { z } from "zod";
import { activityContentSchema, localeSchema, richTextSchema, type ActivityField } from "../content/schema";
import type { ResolvedActivity, ResolvedNotice, ResolvedOrganisation, ResolvedSection } from "./types";

/*
 * The shape of a published snapshot, checked whenever one is read: snapshots are the permanent
 * public record, read back years after they were written, so what comes out of the database is
 * validated rather than trusted. The types in ./types.ts and these schemas must describe the same
 * thing; the assertions at the end fail to compile if they drift apart.
 */

/** Bumped whenever the snapshot's shape changes; lib/notice/snapshot.ts upgrades older formats on read. */
export const SNAPSHOT_FORMAT = 1;

const localized = <T extends z.ZodType>(value: T) => z.object({ lang: localeSchema, value });
const layerSchema = z.enum(["library", "group", "organisation"]);

const legalBasisSchema = z.object({
  code: z.string(),
  kind: z.string(),
  url: z.string(),
  citation: localized(z.string()),
  label: localized(z.string()),
});

type ContentShape = typeof activityContentSchema.shape;
type WithoutDefault<S> = S extends z.ZodDefault<infer Inner extends z.ZodType> ? Inner : S;
type FieldsShape = { [F in ActivityField]: z.ZodOptional<z.ZodObject<{ lang: typeof localeSchema; value: WithoutDefault<ContentShape[F]> }>> };

/** Every content field of an activity, in the language it is shown in; absent when empty. */
const activityFieldsSchema = z.object(
  Object.fromEntries(Object.entries(activityContentSchema.shape).map(([field, schema]) => [field, localized((schema as z.ZodDefault<z.ZodType>).unwrap()).optional()])) as FieldsShape,
);

const partBase = {
  slug: z.string(),
  origin: layerSchema,
  mode: z.enum(["own", "inherit", "replace", "append"]),
  title: localized(z.string()),
  appended: z.array(z.object({ origin: layerSchema, body: localized(richTextSchema) })),
};

export const resolvedActivitySchema = z.object({
  ...partBase,
  kind: z.literal("activity"),
  retentionPeriod: z.string().nullable(),
  legalBases: z.array(legalBasisSchema),
  fields: activityFieldsSchema,
});

export const resolvedSectionSchema = z.object({
  ...partBase,
  kind: z.literal("section"),
  body: localized(richTextSchema).nullable(),
  children: z.array(resolvedActivitySchema),
});

export const resolvedOrganisationSchema = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  country: z.string(),
  accentColor: z.string(),
  logoUrl: z.string(),
  noDpoNote: localized(z.string()).nullable(),
  group: z.object({ slug: z.string(), name: z.string() }).nullable(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  secureMailUrl: z.string(),
  hasDpo: z.boolean(),
  dpoName: z.string(),
  dpoEmail: z.string(),
  dpoPhone: z.string(),
  dpoSecureMailUrl: z.string(),
  rightsEmail: z.string(),
  accessRequestUrl: z.string(),
  accessRequestFormUrl: z.string(),
});

export const resolvedNoticeSchema = z.object({
  locale: localeSchema,
  organisation: resolvedOrganisationSchema,
  title: localized(z.string()).nullable(),
  intro: localized(richTextSchema).nullable(),
  parts: z.array(z.discriminatedUnion("kind", [resolvedSectionSchema, resolvedActivitySchema])),
});

export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  locales: z.array(localeSchema),
  notices: z.partialRecord(localeSchema, resolvedNoticeSchema),
});

// ---- the schemas and the hand-written types describe the same data --------------------------

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type WithoutSource<T> = Omit<T, "source">;
const checks: [
  Same<z.infer<typeof resolvedActivitySchema>, WithoutSource<ResolvedActivity>>,
  Same<z.infer<typeof resolvedSectionSchema>, WithoutSource<Omit<ResolvedSection, "children">> & { children: z.infer<typeof resolvedActivitySchema>[] }>,
  Same<z.infer<typeof resolvedOrganisationSchema>, ResolvedOrganisation>,
  Same<Omit<z.infer<typeof resolvedNoticeSchema>, "parts">, Omit<ResolvedNotice, "parts">>,
] = [true, true, true, true];
void checks;
