import { knownProblem, type Problem } from "./problem";

/**
 * The query parameters each endpoint takes. Anything else is a 400 rather than ignored: a typo
 * such as `?local=nn` would otherwise answer the default language as if it had been asked for.
 * openapi.ts documents the same lists.
 */
export const QUERY_PARAMETERS = {
  organisations: [],
  organisation: [],
  notice: ["locale", "format", "at"],
  versions: ["locale"],
  version: ["locale"],
  openapi: [],
} as const satisfies Record<string, readonly string[]>;

/** The problem for the first query parameter not in `allowed`, or null when there is none. */
export function unknownParameter(url: URL, allowed: readonly string[]): Problem | null {
  const unknown = [...url.searchParams.keys()].find((name) => !allowed.includes(name));
  if (unknown === undefined) return null;
  const takes = allowed.length ? `It takes: ${allowed.join(", ")}.` : "It takes none.";
  return knownProblem("unknown-parameter", `This endpoint has no query parameter "${unknown}". ${takes}`);
}
