import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import { authSecret } from "@/lib/auth/auth";
import { requireActor } from "@/lib/auth/session";
import { totpUri } from "@/lib/auth/totp";
import { acknowledgeRecoveryCodes, confirmTwoFactorSetup, renewCodes, turnOffTwoFactor } from "@/lib/actions/two-factor";
import { twoFactorRequiredOf } from "@/lib/db/people";
import { pendingTotpSecret, remainingRecoveryCodes, twoFactorState } from "@/lib/db/two-factor";
import { ActionButton } from "@/components/admin/action-button";
import { AdminHeader } from "@/components/admin/admin-header";
import { CodeForm } from "@/components/admin/people/code-form";

/** Setting up two-factor sign-in (required ones are sent here first), then its recovery codes and upkeep. */
export default async function TwoFactorPage({ params }: PageProps<"/[locale]/admin/two-factor">) {
  const { locale } = await params;
  const actor = await requireActor(locale, { allowTwoFactorSetup: true });
  const t = await getTranslations("admin.twoFactor");
  const secret = await authSecret();
  const state = await twoFactorState(actor.userId, secret);

  if (!state.enabled) {
    const totpSecret = await pendingTotpSecret(actor.userId, secret);
    const uri = totpUri({ secret: totpSecret, account: actor.email, issuer: "Klartekst" });
    const qr = await QRCode.toString(uri, { type: "svg", margin: 2 });
    return (
      <>
        {!actor.mustSetUpTwoFactor && <AdminHeader actor={actor} locale={locale} />}
        <h1>{t("heading")}</h1>
        {actor.mustSetUpTwoFactor && <p role="status">{t("required")}</p>}
        <p>{t("intro")}</p>
        <p>{t("scan")}</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URI, nothing for next/image to optimise */}
        <img src={`data:image/svg+xml;base64,${Buffer.from(qr).toString("base64")}`} alt={t("qrAlt")} width={200} height={200} />
        <p>
          {t("secretLabel")} <code data-testid="totp-secret">{totpSecret.match(/.{1,4}/g)?.join(" ")}</code>
        </p>
        <p>{t("confirmStep")}</p>
        <CodeForm action={confirmTwoFactorSetup.bind(null, locale)} label={t("code")} submit={t("confirm")} digitsOnly />
      </>
    );
  }

  if (state.recoveryCodesToShow) {
    return (
      <>
        <h1>{t("recoveryHeading")}</h1>
        <p role="status">{t("enabled")}</p>
        <p>{t("recoveryIntro")}</p>
        <ul className="recovery-codes" aria-label={t("recoveryHeading")}>
          {state.recoveryCodesToShow.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <ActionButton action={acknowledgeRecoveryCodes.bind(null, locale)} fields={{}} label={t("recoverySaved")} variant="primary" />
      </>
    );
  }

  const [remaining, required] = await Promise.all([remainingRecoveryCodes(actor.userId), twoFactorRequiredOf(actor.userId)]);
  return (
    <>
      <AdminHeader actor={actor} locale={locale} />
      <h1>{t("heading")}</h1>
      <p role="status">{t("enabled")}</p>
      <p>{t("remaining", { count: remaining })}</p>
      <ActionButton action={renewCodes.bind(null, locale)} fields={{}} label={t("renew")} />
      {required ? <p>{t("requiredNote")}</p> : <ActionButton action={turnOffTwoFactor.bind(null, locale)} fields={{}} label={t("turnOff")} variant="danger" />}
    </>
  );
}
