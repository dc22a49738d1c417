/** @jsxImportSource preact */
import { A } from "../a";
import { EmbedDocument } from "../embed-document";
import { sitePaths } from "../links";
import { PublishedDate } from "../notice";
import { rich } from "../rich-message";
import { SiteDocument } from "../site-document";
import { useView } from "../view";
import { pageTitle } from "./title";

/** An archived organisation, as its notice's pages name it. */
export type ArchivedOrganisation = { slug: string; name: string; archivedAt: Date };

/** What an archived notice's address says (status 410): it was archived, when, and where its versions are. */
function GoneNote({ organisation }: { organisation: ArchivedOrganisation }) {
  const view = useView();
  const { t, locale } = view;
  return (
    <>
      <h1>{t("gone.title")}</h1>
      <p>{rich(view, "gone.text", { organisation: organisation.name, date: () => <PublishedDate at={organisation.archivedAt} /> })}</p>
      <p>{t("gone.versions")}</p>
      <ul>
        <li>
          <A href={sitePaths.versions(locale, organisation.slug)}>{t("gone.versionsLink", { organisation: organisation.name })}</A>
        </li>
        <li>
          <A href={sitePaths.directory(locale)}>{t("gone.directory")}</A>
        </li>
      </ul>
    </>
  );
}

/**
 * The public page of an archived organisation's notice or activity: a complete page in the
 * notice's language, with no script, like every public page (status 410 Gone).
 */
export function GonePage({ organisation, styles }: { organisation: ArchivedOrganisation; styles: string[] }) {
  const { t } = useView();
  return (
    <SiteDocument styles={styles} head={{ title: pageTitle(t, `${t("gone.title")} – ${organisation.name}`), noindex: true }}>
      <div class="container page">
        <GoneNote organisation={organisation} />
      </div>
    </SiteDocument>
  );
}

/** The embed of an archived notice: the same note in the frame (its links open in the whole window). */
export function EmbedGonePage({ organisation, frame }: { organisation: ArchivedOrganisation; frame: { styles: string[]; script: string } }) {
  const { t } = useView();
  return (
    <EmbedDocument title={`${t("gone.title")} – ${organisation.name}`} {...frame}>
      <GoneNote organisation={organisation} />
    </EmbedDocument>
  );
}
