import { getTranslations } from "next-intl/server";
import { supervisoryAuthorityFor } from "@/lib/notice/supervisory-authority";

export async function SupervisoryAuthority({ country }: { country: string }) {
  const t = await getTranslations("authority");
  const authority = supervisoryAuthorityFor(country);
  if (!authority) return null;
  return (
    <section id="supervisory-authority" aria-labelledby="authority-title" className="notice-section">
      <h2 id="authority-title">{t("heading")}</h2>
      <p>
        {t.rich("text", {
          authority: () => (
            <a href={authority.url}>
              {t(`name.${authority.country}`)}
            </a>
          ),
        })}
      </p>
    </section>
  );
}
