import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from "../auth/recovery-codes";
import { open, seal } from "../auth/secret-box";
import { matchTotp, newTotpSecret } from "../auth/totp";
import { timingSafeEqual } from "node:crypto";
import { recordAudit } from "./audit";
import { prisma } from "./client";

/*
 * A person's TOTP and recovery codes. Secrets are sealed with the server's secret
 * (lib/auth/secret-box.ts), passed in by the caller (lib/db does not read Better Auth).
 */

const TOTP = "totp-secret";
const RECOVERY = "recovery-codes";

export type TwoFactorState = { enabled: boolean; pendingSecret: string | null; recoveryCodesToShow: string[] | null };

export async function twoFactorState(userId: string, serverSecret: string): Promise<TwoFactorState> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpPendingSecret: true, recoveryCodesToShow: true } });
  const codes = user.recoveryCodesToShow && open(user.recoveryCodesToShow, serverSecret, RECOVERY);
  return {
    enabled: user.totpSecret !== null,
    pendingSecret: user.totpPendingSecret ? open(user.totpPendingSecret, serverSecret, TOTP) : null,
    recoveryCodesToShow: codes ? (JSON.parse(codes) as string[]) : null,
  };
}

/** The secret to show while setting up: the one already pending, or a new one. */
export async function pendingTotpSecret(userId: string, serverSecret: string): Promise<string> {
  const state = await twoFactorState(userId, serverSecret);
  if (state.pendingSecret) return state.pendingSecret;
  const secret = newTotpSecret();
  await prisma.user.update({ where: { id: userId }, data: { totpPendingSecret: seal(secret, serverSecret, TOTP) } });
  return secret;
}

async function replaceRecoveryCodes(tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0], userId: string, serverSecret: string) {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  await tx.user.update({ where: { id: userId }, data: { recoveryCodesToShow: seal(JSON.stringify(codes), serverSecret, RECOVERY) } });
}

/** Turns two-factor on when the code matches the pending secret; makes the recovery codes to show once. */
export async function confirmTotp(userId: string, code: string, serverSecret: string): Promise<boolean> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpPendingSecret: true } });
  const secret = user.totpPendingSecret && open(user.totpPendingSecret, serverSecret, TOTP);
  const step = secret ? matchTotp(secret, code) : null;
  if (!secret || step === null) return false;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpSecret: seal(secret, serverSecret, TOTP), totpPendingSecret: null, totpLastStep: step } });
    await replaceRecoveryCodes(tx, userId, serverSecret);
    await recordAudit(tx, { userId, action: "two-factor.enable", entity: "user", entityId: userId });
  });
  return true;
}

/** Turns two-factor on with a known secret (the demo admin's, seeded outside production). */
export async function enableTotpWithSecret(userId: string, totpSecret: string, serverSecret: string): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { totpSecret: seal(totpSecret, serverSecret, TOTP), totpPendingSecret: null, totpLastStep: null } });
}

export async function renewRecoveryCodes(userId: string, serverSecret: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await replaceRecoveryCodes(tx, userId, serverSecret);
    await recordAudit(tx, { userId, action: "two-factor.recovery-codes", entity: "user", entityId: userId });
  });
}

/** The person has written their recovery codes down: they are not shown again. */
export async function forgetRecoveryCodesToShow(userId: string): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { recoveryCodesToShow: null } });
}

export async function disableTwoFactor(userId: string, actorId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpPendingSecret: null, totpLastStep: null, recoveryCodesToShow: null } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit(tx, { userId: actorId, action: "two-factor.disable", entity: "user", entityId: userId });
  });
}

/**
 * Whether the code — from the app, or a recovery code — is good for this sign-in. An app code
 * is accepted once (the step is recorded by a conditional update only one request wins); a
 * recovery code is deleted by the request that uses it.
 */
export async function checkSecondFactor(userId: string, code: string, serverSecret: string): Promise<"totp" | "recovery" | null> {
  if (looksLikeRecoveryCode(code)) {
    const given = Buffer.from(hashRecoveryCode(code));
    const stored = await prisma.recoveryCode.findMany({ where: { userId }, select: { id: true, codeHash: true } });
    let match: string | null = null;
    for (const row of stored) {
      const hash = Buffer.from(row.codeHash);
      if (hash.length === given.length && timingSafeEqual(hash, given) && match === null) match = row.id;
    }
    if (!match) return null;
    const { count } = await prisma.recoveryCode.deleteMany({ where: { id: match } });
    return count === 1 ? "recovery" : null;
  }
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpLastStep: true } });
  const secret = user?.totpSecret && open(user.totpSecret, serverSecret, TOTP);
  if (!secret) return null;
  const step = matchTotp(secret, code, { lastStep: user.totpLastStep });
  if (step === null) return null;
  const { count } = await prisma.user.updateMany({ where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] }, data: { totpLastStep: step } });
  return count === 1 ? "totp" : null;
}

export const remainingRecoveryCodes = (userId: string) => prisma.recoveryCode.count({ where: { userId } });
