"use client";
import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/safe-action";
import { LOCALES, type Locale } from "@/lib/content/schema";
import { COUNTRIES, defaultLocalesFor } from "@/lib/organisations/country";
import type { Country } from "@/lib/organisations/organisation-number";
import { suggestSlug } from "@/lib/organisations/slug";
import { AdminForm } from "./admin-form";
import { FieldError } from "./form-status";
import { TextField } from "./text-field";
import { KeptInput, KeptSelect } from "./no-script-answer";

type Option = { id: string; name: string };
export type LibraryOption = Option & { country: string; parts: number };

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  /** Groups the new organisation may join; `allowNoGroup` when it may also be in none. */
  groups: Option[];
  allowNoGroup: boolean;
  libraries: LibraryOption[];
};

/** Hydration never changes afterwards, so there is nothing to subscribe to. */
const noSubscription = () => () => {};

/** Ids of a group of controls' hint and error, for the fieldset that holds them. */
const describedBy = (state: ActionState, field: string, hint?: string) => [hint, state.fieldErrors?.[field] ? `${field}-error` : null].filter(Boolean).join(" ") || undefined;

/**
 * A new organisation. Works without JavaScript (the server fills in what is left empty); with it,
 * the address is suggested from the name and the languages and supervisory authority follow the
 * country as it is chosen.
 */
export function OrganisationForm({ action, groups, allowNoGroup, libraries }: Props) {
  const t = useTranslations("admin.organisationForm");
  const tl = useTranslations("layout.localeName");
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [country, setCountry] = useState<Country>("NO");
  const [locales, setLocales] = useState<Locale[]>([]);
  const [slug, setSlug] = useState("");
  const [slugTouched, setSlugTouched] = useState(false);
  const effective = locales.length ? LOCALES.filter((l) => locales.includes(l)) : defaultLocalesFor(country);
  const defaultStart = allowNoGroup ? "empty" : "group";

  return (
    <AdminForm action={action}>
      {(state, pending) => (
        <>
          <fieldset>
            <legend>{t("identity")}</legend>
            <div className="field">
              <label htmlFor="name">{t("name")}</label>
              <p id="name-hint" className="hint">
                {t("nameHint")}
              </p>
              <KeptInput
                id="name"
                name="name"
                required
                maxLength={200}
                aria-describedby={describedBy(state, "name", "name-hint")}
                aria-invalid={state.fieldErrors?.name ? true : undefined}
                onChange={(event) => !slugTouched && setSlug(suggestSlug(event.target.value))}
              />
              <FieldError state={state} field="name" />
            </div>
            <TextField name="shortName" label={t("shortName")} hint={t("shortNameHint")} state={state} />
            <div className="field">
              <label htmlFor="slug">{t("slug")}</label>
              <p id="slug-hint" className="hint">
                {t("slugHint")}
              </p>
              <KeptInput
                id="slug"
                name="slug"
                required
                maxLength={60}
                autoCapitalize="none"
                spellCheck={false}
                value={slug}
                onChange={(event) => {
                  setSlugTouched(true);
                  setSlug(event.target.value);
                }}
                aria-describedby={describedBy(state, "slug", "slug-hint")}
                aria-invalid={state.fieldErrors?.slug ? true : undefined}
              />
              <FieldError state={state} field="slug" />
            </div>
            <div className="field">
              <label htmlFor="kind">{t("kind")}</label>
              <KeptSelect id="kind" name="kind" defaultValue="municipality">
                <option value="municipality">{t("kinds.municipality")}</option>
                <option value="company">{t("kinds.company")}</option>
              </KeptSelect>
            </div>
            <div className="field">
              <label htmlFor="country">{t("country")}</label>
              <KeptSelect id="country" name="country" value={country} onChange={(event) => setCountry(event.target.value as Country)} aria-describedby={mounted ? "authority" : undefined}>
                {COUNTRIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`countries.${c}`)}
                  </option>
                ))}
              </KeptSelect>
              {mounted && (
                <p id="authority" className="hint" aria-live="polite">
                  {t("authority", { authority: t(`authorities.${country}`) })}
                </p>
              )}
            </div>
            <div className="field">
              <label htmlFor="organisationNumber">{t("organisationNumber")}</label>
              <p id="organisationNumber-hint" className="hint">
                {t("organisationNumberHint")}
              </p>
              <KeptInput
                id="organisationNumber"
                name="organisationNumber"
                required
                inputMode="numeric"
                autoComplete="off"
                maxLength={40}
                aria-describedby={describedBy(state, "organisationNumber", "organisationNumber-hint")}
                aria-invalid={state.fieldErrors?.organisationNumber ? true : undefined}
              />
              <FieldError state={state} field="organisationNumber" />
            </div>
          </fieldset>

          <fieldset aria-describedby={describedBy(state, "locales", "locales-hint")}>
            <legend>{t("languages")}</legend>
            <p id="locales-hint" className="hint">
              {t("languagesHint")}
            </p>
            {LOCALES.map((locale) => (
              <div key={locale} className="field checkbox">
                <KeptInput
                  type="checkbox"
                  id={`locale-${locale}`}
                  name="locales"
                  value={locale}
                  checked={locales.includes(locale)}
                  onChange={(event) => setLocales((current) => (event.target.checked ? [...current, locale] : current.filter((l) => l !== locale)))}
                />
                <label htmlFor={`locale-${locale}`} lang={locale}>
                  {tl(locale)}
                </label>
              </div>
            ))}
            {mounted && (
              <p className="hint" aria-live="polite">
                {effective.map((l) => tl(l)).join(", ")}
              </p>
            )}
            <FieldError state={state} field="locales" />
          </fieldset>

          <fieldset>
            <legend>{t("group")}</legend>
            <div className="field">
              <label htmlFor="groupId">{t("group")}</label>
              <p id="groupId-hint" className="hint">
                {t("groupHint")}
              </p>
              <KeptSelect
                id="groupId"
                name="groupId"
                defaultValue={allowNoGroup ? "" : groups[0]?.id}
                aria-describedby={describedBy(state, "groupId", "groupId-hint")}
                aria-invalid={state.fieldErrors?.groupId ? true : undefined}
              >
                {allowNoGroup && <option value="">{t("noGroup")}</option>}
                {groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </KeptSelect>
              <FieldError state={state} field="groupId" />
            </div>
          </fieldset>

          <fieldset aria-describedby={describedBy(state, "start")}>
            <legend>{t("start")}</legend>
            {(["empty", "library", "group"] as const).map((start) => (
              <div key={start} className="field checkbox">
                <KeptInput type="radio" id={`start-${start}`} name="start" value={start} defaultChecked={start === defaultStart} />
                <label htmlFor={`start-${start}`}>{t(`starts.${start}`)}</label>
              </div>
            ))}
            <FieldError state={state} field="start" />
            {libraries.length > 0 && (
              <div className="field">
                <label htmlFor="libraryId">{t("library")}</label>
                <KeptSelect
                  id="libraryId"
                  name="libraryId"
                  defaultValue={libraries[0]?.id}
                  aria-describedby={describedBy(state, "libraryId")}
                  aria-invalid={state.fieldErrors?.libraryId ? true : undefined}
                >
                  {libraries.map((library) => (
                    <option key={library.id} value={library.id}>
                      {t("libraryOption", { name: library.name, count: library.parts })}
                    </option>
                  ))}
                </KeptSelect>
                <FieldError state={state} field="libraryId" />
              </div>
            )}
          </fieldset>

          <button type="submit" className="button" disabled={pending}>
            {t("create")}
          </button>
        </>
      )}
    </AdminForm>
  );
}
