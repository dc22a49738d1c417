/** @jsxImportSource preact */
import { contactCard, type ContactLine } from "@/lib/notice/presentation";
import type { ResolvedOrganisation } from "@/lib/notice/types";
import { A } from "./a";
import { useView } from "./view";

function LineValue({ line }: { line: ContactLine }) {
  const { t } = useView();
  const text = typeof line.text === "string" ? line.text : t(`contact.${line.text.message}`);
  if (line.href) return <A href={line.href}>{text}</A>;
  return line.multiline ? <span class="multiline">{text}</span> : <>{text}</>;
}

/**
 * Controller or DPO contact details from the organisation's settings; nothing when they are
 * empty. Labels are interface text: they keep the page's language inside borrowed content.
 */
export function ContactCard({ organisation, who, heading }: { organisation: ResolvedOrganisation; who: "controller" | "dpo"; heading?: string }) {
  const { t, locale } = useView();
  const card = contactCard(organisation, who);
  if (!card) return null;
  const title = heading ? <h3>{heading}</h3> : null;
  if (card.kind === "noDpo") {
    return (
      <div lang={locale}>
        {title}
        <p class="contact-card">{card.contact ? t("contact.noDpoContact", { contact: card.contact }) : t("contact.noDpo")}</p>
      </div>
    );
  }
  return (
    <div lang={locale}>
      {title}
      <dl class="contact-card">
        {card.organisationName && (
          <div>
            <dt class="sr-only">{t("contact.organisation")}</dt>
            <dd class="contact-name">{card.organisationName}</dd>
          </div>
        )}
        {card.lines.map((line) => (
          <div>
            <dt>{t(`contact.${line.label}`)}</dt>
            <dd>
              <LineValue line={line} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
