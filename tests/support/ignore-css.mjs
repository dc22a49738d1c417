// Unit tests render client components that import their stylesheets (Next bundles them); in
// Node a stylesheet is an empty module. Loaded with `node --import ./tests/support/ignore-css.mjs`.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`export async function load(url, context, next) {
      if (url.endsWith(".css")) return { format: "module", source: "export default {};", shortCircuit: true };
      return next(url, context);
    }`),
  import.meta.url,
);
