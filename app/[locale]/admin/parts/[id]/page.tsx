import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { findEditablePart } from "@/lib/db/parts";
import { listLegalBases } from "@/lib/db/vocabulary";
import { deletePart, savePart } from "@/lib/actions/parts";
import { localeListSchema, type Locale } from "@/lib/content/schema";
import { defaultLocalesFor } from "@/lib/organisations/country";
import { AdminHeader } from "@/components/admin/admin-header";
import { PartForm } from "@/components/admin/part-form";
import { ActionButton } from "@/components/admin/action-button";
import { loadDraft } from "@/lib/db/drafts";
import { checkLayers } from "@/lib/gdpr/check-layers";
import { pendingSchedulesOf } from "@/lib/db/schedules";
import { timeZoneOf } from "@/lib/time/zone";
import { GdprReport } from "@/components/admin/gdpr-report";
import { PartAdvice } from "@/components/admin/check-advice";

export default async function EditPartPage({ params }: PageProps<"/[locale]/admin/parts/[id]">) {
  const { locale, id: rawId } = await params;
  // Seeded part ids contain ":", which arrives percent-encoded after client-side navigation.
  const id = decodeURIComponent(rawId);
  const actor = await requireActor(locale);
  const part = await findEditablePart(id, actor);
  if (!part) notFound();
  const t = await getTranslations("admin.parts");
  // A library part is written in its country's languages (lib/organisations/country.ts).
  const locales: Locale[] = part.organisation
    ? localeListSchema.parse(part.organisation.locales)
    : part.library
      ? defaultLocalesFor(part.library.country as "NO" | "DK")
      : [...new Set((part.group?.members ?? []).flatMap((m) => localeListSchema.parse(m.locales)))];
  const back = part.organisation ? `/admin/organisations/${part.organisation.slug}` : part.library ? "/admin/library" : `/admin/groups/${part.group?.slug}`;
  const backLabel = part.organisation ? t("backToOrganisation", { name: part.organisation.name }) : t("backToGroup", { name: part.library?.name ?? part.group?.name ?? "" });
  const texts = part.mode === "own" || part.mode === "append" || part.mode === "replace" ? part.translations : [];
  const baseTitle = part.base?.translations.find((tr) => tr.locale === locales[0])?.title;
  // The checks of this part as it reads in the notice, in every language: for a shared part,
  // in the first member it applies to.
  const appliesTo = new Set(part.applicability.map((a) => a.organisationId));
  const checkedOrganisation = part.organisation?.id ?? (part.group?.members.find((m) => appliesTo.size === 0 || appliesTo.has(m.id)) ?? part.group?.members[0])?.id;
  const draft = checkedOrganisation ? await loadDraft(checkedOrganisation, locales[0] ?? "nb") : null;
  const check = draft && checkLayers(draft.layers, draft.layers.organisation.defaultLocale);
  // Matched by the stored row: the part itself, or for an override or an addition, the part it changes.
  const rows = new Set([part.id, part.baseId]);
  const resolved = draft?.notice.parts.flatMap((p) => (p.kind === "section" ? [p, ...p.children] : [p])).find((p) => p.source && (rows.has(p.source.identityId) || rows.has(p.source.contentId)));
  const activityCheck = resolved && check?.activities.find((a) => a.slug === resolved.slug);
  // A pending scheduled publish of the organisations this part reaches: saving asks what becomes of it.
  const [schedule] = await pendingSchedulesOf(part.organisation ? [part.organisation.id] : (part.group?.members.map((m) => m.id) ?? []));
  const scheduledAt = schedule ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: timeZoneOf(schedule.organisations[0]!.country) }).format(schedule.runAt) : null;
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: back, label: backLabel }} />
      <h1>{part.mode === "append" ? t("appendHeading", { title: baseTitle ?? "" }) : part.mode === "replace" ? t("overrideHeading", { title: baseTitle ?? "" }) : t("editHeading")}</h1>
      {part.mode !== "own" && <p className="hint">{part.mode === "append" ? t("appendHint") : t("overrideHint")}</p>}
      <PartForm
        action={savePart.bind(null, locale)}
        locales={locales}
        vocabulary={part.kind === "activity" ? await listLegalBases(locale as Locale) : []}
        members={part.group ? part.group.members.map((m) => ({ id: m.id, name: m.name })) : null}
        scheduledAt={scheduledAt}
        values={{
          id: part.id,
          revision: part.revision,
          kind: part.kind as "section" | "activity",
          mode: part.mode,
          slug: part.slug,
          retentionPeriod: part.retentionPeriod,
          legalBases: part.legalBases.map((b) => b.code),
          appliesTo: part.applicability.map((a) => a.organisationId),
          translations: Object.fromEntries(texts.map((tr) => [tr.locale, { title: tr.title, content: tr.content as Record<string, unknown> }])),
        }}
      />
      {check && activityCheck && <GdprReport check={{ ...check, notice: [], activities: [activityCheck], missingCount: activityCheck.points.filter((p) => p.status === "missing").length }} />}
      {check && resolved && <PartAdvice check={check} slug={resolved.slug} />}
      {part.mode === "own" && !(part.library && part._count.derived > 0) && (
        <section aria-labelledby="danger-title" className="danger-zone">
          <h2 id="danger-title">{t("deleteHeading")}</h2>
          <ActionButton action={deletePart.bind(null, locale)} fields={{ id: part.id, back }} label={t("delete")} variant="danger" />
        </section>
      )}
    </>
  );
}
