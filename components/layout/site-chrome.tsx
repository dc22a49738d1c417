import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteHeader() {
  const t = await getTranslations("layout");
  return (
    <header className="site-header no-print">
      <div className="container">
        <Link href="/" className="brand">
          Klartekst<span className="sr-only">: {t("home")}</span>
        </Link>
      </div>
    </header>
  );
}

export async function SiteFooter() {
  const t = await getTranslations("layout");
  return (
    <footer className="site-footer no-print">
      <div className="container">
        <p>{t("footer")}</p>
      </div>
    </footer>
  );
}
