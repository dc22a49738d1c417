import { getLocale, getTranslations } from "next-intl/server";
import type { ResolvedOrganisation } from "@/lib/notice/types";

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

type Line = { label: string; node: React.ReactNode };

/** Controller or DPO contact details from the organisation's settings; empty settings are left out. */
export async function ContactCard({
  organisation: org,
  who,
  heading,
}: {
  organisation: ResolvedOrganisation;
  who: "controller" | "dpo";
  /** Shown above the card, and only when there is something to show. */
  heading?: string;
}) {
  const t = await getTranslations("contact");
  // Labels are interface text: keep their language even inside content shown in another.
  const lang = await getLocale();
  const lines: Line[] = [];
  if (who === "controller") {
    if (org.address) lines.push({ label: t("address"), node: <span className="whitespace-pre-line">{org.address}</span> });
    if (org.phone) lines.push({ label: t("phone"), node: <a href={tel(org.phone)}>{org.phone}</a> });
    if (org.email) lines.push({ label: t("email"), node: <a href={`mailto:${org.email}`}>{org.email}</a> });
    if (org.secureMailUrl) lines.push({ label: t("secureMail"), node: <a href={org.secureMailUrl}>{t("secureMailLink")}</a> });
    if (org.website) lines.push({ label: t("website"), node: <a href={org.website}>{org.website.replace(/^https?:\/\//, "")}</a> });
    if (org.accessRequestUrl) lines.push({ label: t("accessRequest"), node: <a href={org.accessRequestUrl}>{t("accessRequestLink")}</a> });
  } else if (org.hasDpo) {
    if (org.dpoName) lines.push({ label: t("name"), node: org.dpoName });
    if (org.dpoPhone) lines.push({ label: t("phone"), node: <a href={tel(org.dpoPhone)}>{org.dpoPhone}</a> });
    if (org.dpoEmail) lines.push({ label: t("email"), node: <a href={`mailto:${org.dpoEmail}`}>{org.dpoEmail}</a> });
    if (org.dpoSecureMailUrl) lines.push({ label: t("secureMail"), node: <a href={org.dpoSecureMailUrl}>{t("secureMailLink")}</a> });
  } else {
    const contact = [org.noDpoNote?.value, org.email].filter(Boolean).join(", ");
    return (
      <div lang={lang}>
        {heading && <h3>{heading}</h3>}
        <p className="contact-card">{contact ? t("noDpoContact", { contact }) : t("noDpo")}</p>
      </div>
    );
  }
  if (lines.length === 0) return null;
  return (
    <div lang={lang}>
      {heading && <h3>{heading}</h3>}
      <dl className="contact-card">
      {who === "controller" && (
        <div>
          <dt className="sr-only">{t("organisation")}</dt>
          <dd className="font-semibold">{org.name}</dd>
        </div>
      )}
      {lines.map((line) => (
        <div key={line.label}>
          <dt>{line.label}</dt>
          <dd>{line.node}</dd>
        </div>
      ))}
    </dl>
    </div>
  );
}
