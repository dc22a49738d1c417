import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JSON_LD_CONTEXT } from "@/lib/api/jsonld";
import { knownProblem, PROBLEM_TYPES, problemTypeUri, type ProblemType } from "@/lib/api/problem";
import { API_BASE_PATH } from "@/lib/api/serialize";

/*
 * Human documentation of the read-only JSON API (app/api/v1). The machine-readable contract is
 * /api/v1/openapi.json; facts that code defines (problem types, JSON-LD prefixes, the example
 * problem) are rendered from that code so this page cannot drift from it.
 */

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("developers");
  return { title: t("title"), description: t("metaDescription") };
}

const ENDPOINTS = [
  { key: "organisations", path: "/organisations", example: "/organisations" },
  { key: "organisation", path: "/organisations/{slug}", example: "/organisations/aure" },
  { key: "notice", path: "/organisations/{slug}/notice", example: "/organisations/aure/notice?locale=nn" },
  { key: "noticeJsonLd", path: "/organisations/{slug}/notice?format=jsonld", example: "/organisations/aure/notice?format=jsonld" },
  { key: "versions", path: "/organisations/{slug}/versions", example: "/organisations/aure/versions" },
  { key: "version", path: "/organisations/{slug}/versions/{number}", example: "/organisations/aure/versions/1?locale=nb" },
  { key: "openapi", path: "/openapi.json", example: "/openapi.json" },
] as const;

/** Message keys for the problem types (message keys are camelCase, type names kebab-case). */
const PROBLEM_MESSAGES: Record<ProblemType, "unknownOrganisation" | "unknownLocale" | "localeNotPublished" | "invalidVersionNumber" | "unknownVersion" | "unknownFormat" | "unknownParameter"> = {
  "unknown-organisation": "unknownOrganisation",
  "unknown-locale": "unknownLocale",
  "locale-not-published": "localeNotPublished",
  "invalid-version-number": "invalidVersionNumber",
  "unknown-version": "unknownVersion",
  "unknown-format": "unknownFormat",
  "unknown-parameter": "unknownParameter",
};

const OWN_TERMS = [
  { term: "klartekst:nationalLaw", key: "nationalLaw" },
  { term: "klartekst:GDPR-A10", key: "gdprA10" },
  { term: "klartekst:version", key: "version" },
] as const;

const CONDITIONAL_EXAMPLE = `GET ${API_BASE_PATH}/organisations/aure HTTP/1.1
If-None-Match: "9f86d081884c7d65…"

HTTP/1.1 304 Not Modified
ETag: "9f86d081884c7d65…"
Cache-Control: public, max-age=60, stale-while-revalidate=600`;

const PROBLEM_EXAMPLE = JSON.stringify(
  knownProblem("locale-not-published", `Aure kommune's notice is not published in "da". Available: nb, nn.`).body,
  null,
  2,
);

// Code and the wide table scroll sideways on small screens; tabIndex lets keyboard users scroll them.
const preClass = "overflow-x-auto rounded bg-wash p-3 text-sm";

export default async function DevelopersPage() {
  const t = await getTranslations("developers");
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  const openapi = `${API_BASE_PATH}/openapi.json`;
  return (
    <div className="container page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>{t.rich("basics", { code })}</p>
      <p>{t.rich("openapi", { link: (chunks) => <a href={openapi}>{chunks}</a> })}</p>

      <h2>{t("endpointsHeading")}</h2>
      {ENDPOINTS.map(({ key, path, example }) => (
        <section key={key} aria-labelledby={`endpoint-${key}`}>
          <h3 id={`endpoint-${key}`}>
            <code>GET {API_BASE_PATH + path}</code>
          </h3>
          <p>{t.rich(`endpoints.${key}`, { code })}</p>
          <p>
            {t("example")}: <a href={API_BASE_PATH + example}><code>{API_BASE_PATH + example}</code></a>
          </p>
        </section>
      ))}

      <h2>{t("contentHeading")}</h2>
      <p>{t.rich("content", { code })}</p>
      <p>{t.rich("contactBlock", { code })}</p>

      <h2>{t("cachingHeading")}</h2>
      <p>{t.rich("caching", { code })}</p>
      <pre className={preClass} tabIndex={0}>
        <code>{CONDITIONAL_EXAMPLE}</code>
      </pre>

      <h2>{t("corsHeading")}</h2>
      <p>{t.rich("cors", { code })}</p>

      <h2>{t("errorsHeading")}</h2>
      <p>{t.rich("errors", { code })}</p>
      <div className="overflow-x-auto" tabIndex={0}>
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col">{t("errorStatus")}</th>
              <th scope="col">{t("errorType")}</th>
              <th scope="col">{t("errorMeaning")}</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(PROBLEM_TYPES) as ProblemType[]).map((type) => (
              <tr key={type}>
                <td>{PROBLEM_TYPES[type].status}</td>
                <td>
                  <code>{problemTypeUri(type)}</code>
                </td>
                <td>{t(`problems.${PROBLEM_MESSAGES[type]}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <pre className={preClass} tabIndex={0}>
        <code>{PROBLEM_EXAMPLE}</code>
      </pre>

      <h2>{t("jsonLdHeading")}</h2>
      <p>{t.rich("jsonLd", { code, link: (chunks) => <a href="https://w3id.org/dpv">{chunks}</a> })}</p>
      <p>{t.rich("jsonLdTerms", { code })}</p>
      <pre className={preClass} tabIndex={0}>
        <code>{JSON.stringify({ "@context": JSON_LD_CONTEXT }, null, 2)}</code>
      </pre>
      <p>{t.rich("ownTerms", { code })}</p>
      <dl>
        {OWN_TERMS.map(({ term, key }) => (
          <div key={term}>
            <dt>
              <code>{term}</code>
            </dt>
            <dd>{t.rich(`terms.${key}`, { code })}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
