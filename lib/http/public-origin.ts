export { DEFAULT_PUBLIC_URL, parsePublicOrigin, publicOrigin, publicUrl } from "./public-origin.mjs";
