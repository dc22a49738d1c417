// @ts-check

/**
 * Whether a client takes gzip, by RFC 9110 §12.5.3: "gzip" (or "*" when gzip is not named)
 * with a q-value above 0. "gzip;q=0" means "not gzip", however it is spaced or cased.
 * @param {string | string[] | undefined} header
 */
export function acceptsGzip(header) {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const item of value.split(",")) {
    const [coding = "", ...params] = item.split(";").map((s) => s.trim().toLowerCase());
    if (!coding) continue;
    const q = params.find((p) => /^q\s*=/.test(p));
    const weight = q === undefined ? 1 : Number(q.replace(/^q\s*=\s*/, ""));
    weights.set(coding, Number.isFinite(weight) ? weight : 0);
  }
  const gzip = weights.get("gzip") ?? weights.get("x-gzip") ?? weights.get("*");
  return gzip !== undefined && gzip > 0;
}
