/** Cache tags of published data; publishing an organisation revalidates both. */
export const directoryTag = () => "directory";
export const noticeTag = (organisationSlug: string) => `notice:${organisationSlug}`;
