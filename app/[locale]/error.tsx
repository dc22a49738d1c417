"use client";
import { useLocale, useTranslations } from "next-intl";

/**
 * When an admin page fails to render: a plain message in the page's language, the way to try
 * again, and the error's reference for the log (lib/log: onRequestError), never a stack trace.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const locale = useLocale();
  return (
    <div className="container page" role="alert">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      {error.digest && <p className="text-muted">{t("reference", { digest: error.digest })}</p>}
      <p>
        <button type="button" className="button" onClick={reset}>
          {t("retry")}
        </button>{" "}
        <a href={`/${locale}/admin`}>{t("home")}</a>
      </p>
    </div>
  );
}
