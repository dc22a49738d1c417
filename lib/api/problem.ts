/**
 * RFC 9457 problem details for API errors.
 *
 * `type` is a stable URI that programs switch on; `title` is a fixed, human summary of that type
 * and `detail` explains this occurrence. The type URIs are identifiers under PROBLEM_TYPE_BASE,
 * listed on the developer page (/{locale}/developers); they are not promised to resolve.
 */

export const PROBLEM_TYPE_BASE = "https://klartekst.no/problems/";
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Every problem type the API answers with, and the status and title that go with it. */
export const PROBLEM_TYPES = {
  "unknown-organisation": { status: 404, title: "Unknown organisation" },
  "unknown-locale": { status: 400, title: "Unknown locale" },
  "locale-not-published": { status: 404, title: "Notice not published in this locale" },
  "invalid-version-number": { status: 400, title: "Invalid version number" },
  "unknown-version": { status: 404, title: "Unknown version" },
  "invalid-moment": { status: 400, title: "Invalid moment" },
  "not-yet-published": { status: 404, title: "Nothing published at that moment" },
  "unknown-format": { status: 400, title: "Unknown format" },
  "unknown-parameter": { status: 400, title: "Unknown query parameter" },
  "organisation-archived": { status: 410, title: "Organisation archived" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export type ProblemBody = {
  /** A URI under PROBLEM_TYPE_BASE, or "about:blank" when nothing more specific applies (RFC 9457 §4.2.1). */
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
};

export type Problem = { status: number; body: ProblemBody; contentType: typeof PROBLEM_CONTENT_TYPE };

export const problemTypeUri = (type: ProblemType) => `${PROBLEM_TYPE_BASE}${type}`;

export function problem({ status, title, detail, type, instance }: { status: number; title: string; detail: string; type?: ProblemType; instance?: string }): Problem {
  const body: ProblemBody = { type: type ? problemTypeUri(type) : "about:blank", title, status, detail };
  if (instance) body.instance = instance;
  return { status, body, contentType: PROBLEM_CONTENT_TYPE };
}

/** A problem of one of our documented types: status and title come from the catalogue. */
export function knownProblem(type: ProblemType, detail: string, instance?: string): Problem {
  return problem({ ...PROBLEM_TYPES[type], type, detail, instance });
}
