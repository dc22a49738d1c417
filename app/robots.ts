import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { publicUrl } from "@/lib/http/public-origin";

/** /robots.txt: crawlers read the public site, not the admin or sign-in, and find the sitemap. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // The wildcard for crawlers that know it (Google, Bing), each locale's path for those that do not.
      disallow: ["/*/admin", ...routing.locales.map((l) => `/${l}/admin`), "/api/auth"],
    },
    sitemap: publicUrl("/sitemap.xml"),
  };
}
