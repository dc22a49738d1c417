// @ts-check
// The names of cache tags: one list for Next's caches ("use cache" + cacheTag, expired on
// publish), for the tags shared between instances (CacheInvalidation) and for the surrogate keys
// that HTTP caches in front (Varnish's xkey, CDNs' Surrogate-Key / Cache-Tag / Edge-Cache-Tag)
// are told and purged by. So a publish purges from a shared cache exactly what it expires in
// Next. Plain JS: server.mjs tags responses with them. Letters, digits and "-" only: every CDN's
// tag syntax accepts them (Akamai's refuses ":").

/** Whatever lists organisations: the directory, the sitemap, the API's organisation list. */
export const directoryTag = () => "directory";

/** Everything made from one organisation's published notice (pages, versions, feeds, embeds, API). */
export const noticeTag = (/** @type {string} */ organisationSlug) => `notice-${organisationSlug}`;

/** Every public answer in one language (for purging after a change of interface texts). */
export const localeTag = (/** @type {string} */ locale) => `locale-${locale}`;

/** Every public answer (for purging after a deploy). Never expired by the app itself. */
export const SITE_TAG = "klartekst";
