/** Cache tags of published data; publishing an organisation revalidates both (names: lib/cache/tags.mjs). */
export { directoryTag, noticeTag } from "../cache/tags.mjs";
