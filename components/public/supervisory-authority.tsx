/** @jsxImportSource preact */
import { supervisoryAuthorityFor } from "@/lib/notice/supervisory-authority";
import { A } from "./a";
import { rich } from "./rich-message";
import { useView } from "./view";

/** The right to complain (GDPR Art. 77) to the supervisory authority of the organisation's country. */
export function SupervisoryAuthority({ country }: { country: string }) {
  const view = useView();
  const authority = supervisoryAuthorityFor(country);
  if (!authority) return null;
  return (
    <section id="supervisory-authority" aria-labelledby="authority-title" class="notice-section">
      <h2 id="authority-title">{view.t("authority.heading")}</h2>
      <p>{rich(view, "authority.text", { authority: () => <A href={authority.url}>{view.t(`authority.name.${authority.country}`)}</A> })}</p>
    </section>
  );
}
