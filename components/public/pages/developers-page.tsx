/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import { routing } from "@/i18n/routing";
import { JSON_LD_CONTEXT } from "@/lib/api/jsonld";
import { knownProblem, PROBLEM_TYPES, problemTypeUri, type ProblemType } from "@/lib/api/problem";
import { API_BASE_PATH } from "@/lib/api/serialize";
import { sitePaths } from "../links";
import { rich } from "../rich-message";
import { SiteDocument } from "../site-document";
import { useView } from "../view";
import { pageTitle } from "./title";

/*
 * Human documentation of the read-only JSON API (app/api/v1). The machine-readable contract is
 * /api/v1/openapi.json; facts that code defines (problem types, JSON-LD prefixes, the example
 * problem) are rendered from that code so this page cannot drift from it.
 */

const ENDPOINTS = [
  { key: "organisations", path: "/organisations", example: "/organisations" },
  { key: "organisation", path: "/organisations/{slug}", example: "/organisations/aure" },
  { key: "notice", path: "/organisations/{slug}/notice", example: "/organisations/aure/notice?locale=nn" },
  { key: "noticeAt", path: "/organisations/{slug}/notice?at={date-time}", example: "/organisations/aure/notice?at=2030-01-01T00:00:00Z" },
  { key: "noticeJsonLd", path: "/organisations/{slug}/notice?format=jsonld", example: "/organisations/aure/notice?format=jsonld" },
  { key: "versions", path: "/organisations/{slug}/versions", example: "/organisations/aure/versions" },
  { key: "version", path: "/organisations/{slug}/versions/{number}", example: "/organisations/aure/versions/1?locale=nb" },
  { key: "openapi", path: "/openapi.json", example: "/openapi.json" },
] as const;

/** Message keys for the problem types (message keys are camelCase, type names kebab-case). */
const PROBLEM_MESSAGES: Record<
  ProblemType,
  | "unknownOrganisation"
  | "unknownLocale"
  | "localeNotPublished"
  | "invalidVersionNumber"
  | "unknownVersion"
  | "invalidMoment"
  | "notYetPublished"
  | "unknownFormat"
  | "unknownParameter"
  | "organisationArchived"
> = {
  "unknown-organisation": "unknownOrganisation",
  "unknown-locale": "unknownLocale",
  "locale-not-published": "localeNotPublished",
  "invalid-version-number": "invalidVersionNumber",
  "unknown-version": "unknownVersion",
  "invalid-moment": "invalidMoment",
  "not-yet-published": "notYetPublished",
  "unknown-format": "unknownFormat",
  "unknown-parameter": "unknownParameter",
  "organisation-archived": "organisationArchived",
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

const PROBLEM_EXAMPLE = JSON.stringify(knownProblem("locale-not-published", `Aure kommune's notice is not published in "da". Available: nb, nn.`).body, null, 2);

/** Code and wide tables scroll sideways on small screens; tabindex lets keyboard users scroll them. */
function CodeBlock({ children }: { children: string }) {
  return (
    <pre class="code-block" tabindex={0}>
      <code>{children}</code>
    </pre>
  );
}

/** /{locale}/developers: the open JSON API. */
export function DevelopersPage({ styles }: { styles: string[] }) {
  const view = useView();
  const { t, locale } = view;
  const code = (chunks: ComponentChildren) => <code>{chunks}</code>;
  const openapi = `${API_BASE_PATH}/openapi.json`;
  return (
    <SiteDocument
      styles={styles}
      head={{
        title: pageTitle(t, t("developers.title")),
        description: t("developers.metaDescription"),
        canonical: sitePaths.developers(locale),
        alternates: routing.locales.map((l) => ({ locale: l, path: sitePaths.developers(l) })),
      }}
    >
      <div class="container page">
        <h1>{t("developers.title")}</h1>
        <p class="lead">{t("developers.intro")}</p>
        <p>{rich(view, "developers.basics", { code })}</p>
        <p>{rich(view, "developers.openapi", { link: (chunks) => <a href={openapi}>{chunks}</a> })}</p>

        <h2>{t("developers.endpointsHeading")}</h2>
        {ENDPOINTS.map(({ key, path, example }) => (
          <section aria-labelledby={`endpoint-${key}`}>
            <h3 id={`endpoint-${key}`}>
              <code>GET {API_BASE_PATH + path}</code>
            </h3>
            <p>{rich(view, `developers.endpoints.${key}`, { code })}</p>
            <p>
              {t("developers.example")}:{" "}
              <a href={API_BASE_PATH + example}>
                <code>{API_BASE_PATH + example}</code>
              </a>
            </p>
          </section>
        ))}

        <h2>{t("developers.contentHeading")}</h2>
        <p>{rich(view, "developers.content", { code })}</p>
        <p>{rich(view, "developers.contactBlock", { code })}</p>

        <h2>{t("developers.cachingHeading")}</h2>
        <p>{rich(view, "developers.caching", { code })}</p>
        <CodeBlock>{CONDITIONAL_EXAMPLE}</CodeBlock>

        <h2>{t("developers.corsHeading")}</h2>
        <p>{rich(view, "developers.cors", { code })}</p>

        <h2>{t("developers.errorsHeading")}</h2>
        <p>{rich(view, "developers.errors", { code })}</p>
        <div class="table-scroll" tabindex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("developers.errorStatus")}</th>
                <th scope="col">{t("developers.errorType")}</th>
                <th scope="col">{t("developers.errorMeaning")}</th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(PROBLEM_TYPES) as ProblemType[]).map((type) => (
                <tr>
                  <td>{PROBLEM_TYPES[type].status}</td>
                  <td>
                    <code>{problemTypeUri(type)}</code>
                  </td>
                  <td>{t(`developers.problems.${PROBLEM_MESSAGES[type]}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <CodeBlock>{PROBLEM_EXAMPLE}</CodeBlock>

        <h2>{t("developers.jsonLdHeading")}</h2>
        <p>{rich(view, "developers.jsonLd", { code, link: (chunks) => <a href="https://w3id.org/dpv">{chunks}</a> })}</p>
        <p>{rich(view, "developers.jsonLdTerms", { code })}</p>
        <CodeBlock>{JSON.stringify({ "@context": JSON_LD_CONTEXT }, null, 2)}</CodeBlock>
        <p>{rich(view, "developers.ownTerms", { code })}</p>
        <dl>
          {OWN_TERMS.map(({ term, key }) => (
            <div>
              <dt>
                <code>{term}</code>
              </dt>
              <dd>{rich(view, `developers.terms.${key}`, { code })}</dd>
            </div>
          ))}
        </dl>
      </div>
    </SiteDocument>
  );
}
