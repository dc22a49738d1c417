/** @jsxImportSource preact */
import type { Locale } from "@/lib/content/schema";
import type { ResolvedActivity, ResolvedNotice } from "@/lib/notice/types";
import { intlFor } from "@/lib/public/i18n";
import { A } from "../a";
import type { ChangeNotices as Notices } from "@/lib/notice/change-notices";
import { Activity } from "../activity";
import { ChangeNotices } from "../change-notices";
import { EmbedDocument } from "../embed-document";
import { LanguageSwitcher } from "../language-switcher";
import { embedPaths, sitePaths } from "../links";
import { NoticeArticle, noticeTitle } from "../notice";
import { SupervisoryAuthority } from "../supervisory-authority";
import { useView } from "../view";

type Frame = { styles: string[]; script: string };

/** /embed/{organisation}/{locale}: the notice without the site around it; the same article as the page. */
export function EmbedNoticePage({
  notice,
  locales,
  version,
  frame,
  changes,
}: {
  notice: ResolvedNotice;
  locales: Locale[];
  version: { number: number; publishedAt: Date };
  frame: Frame;
  changes?: Notices;
}) {
  const { t, locale } = useView();
  const org = notice.organisation;
  return (
    <EmbedDocument title={`${noticeTitle(notice, t).value} – ${org.name}`} canonical={sitePaths.notice(locale, org.slug)} {...frame}>
      <p class="no-print open-page">
        <A href={sitePaths.notice(locale, org.slug)}>{t("embed.openNotice")}</A>
      </p>
      <NoticeArticle notice={notice} version={version} languages={locales.map((l) => ({ locale: l, href: embedPaths.notice(l, org.slug), inFrame: true }))} changes={changes} />
    </EmbedDocument>
  );
}

/** /embed/{organisation}/{locale}/{activity}: one processing activity. */
export function EmbedActivityPage({
  notice,
  activity,
  locales,
  activityLocales,
  frame,
  changes,
}: {
  notice: ResolvedNotice;
  activity: ResolvedActivity;
  locales: Locale[];
  activityLocales: Locale[];
  frame: Frame;
  changes?: Notices;
}) {
  const { t, locale } = useView();
  const org = notice.organisation;
  const languages = locales.map((l) => ({ locale: l, href: activityLocales.includes(l) ? embedPaths.activity(l, org.slug, activity.slug) : embedPaths.notice(l, org.slug), inFrame: true }));
  return (
    <EmbedDocument title={`${activity.title.value} – ${org.name}`} canonical={sitePaths.activity(locale, org.slug, activity.slug)} {...frame}>
      <p class="org-name">{t("notice.activityOf", { organisation: org.name })}</p>
      <ChangeNotices changes={changes} slug={org.slug} country={org.country} />
      <LanguageSwitcher links={languages} />
      <Activity activity={activity} organisation={org} level={1} standalone />
      <p class="no-print">
        <A href={`${embedPaths.notice(locale, org.slug)}#${encodeURIComponent(activity.slug)}`} inFrame>
          {t("notice.backToNotice")}
        </A>
      </p>
      <p class="no-print">
        <A href={sitePaths.activity(locale, org.slug, activity.slug)}>{t("embed.openActivity")}</A>
      </p>
      <SupervisoryAuthority country={org.country} />
    </EmbedDocument>
  );
}

/** For unknown organisations, languages and activities (status 404), with the ways to what does exist. */
export function EmbedNotFoundPage({ slug, locales, frame }: { slug: string; locales: Locale[]; frame: Frame }) {
  const { t, locale } = useView();
  // The notice in each language it is published in, each link in its own language (in the
  // frame); else the directory (the whole window).
  const ordered = [...locales].sort((a, b) => Number(b === locale) - Number(a === locale));
  return (
    <EmbedDocument title={t("notFound.title")} {...frame}>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <ul>
        {ordered.length > 0 ? (
          ordered.map((l) => (
            <li>
              <A href={embedPaths.notice(l, slug)} inFrame lang={l === locale ? undefined : l}>
                {intlFor(l).t("notice.backToNotice")}
              </A>
            </li>
          ))
        ) : (
          <li>
            <A href={sitePaths.directory(locale)}>{t("notFound.directory")}</A>
          </li>
        )}
      </ul>
    </EmbedDocument>
  );
}
