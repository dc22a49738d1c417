import { mappingFor, type DomainMapping } from "../auth/sso-config";
import { recordAudit } from "./audit";
import { prisma } from "./client";
import { acceptInvitationsFor, grantMembership } from "./people";

/**
 * Who a single sign-on lets in, once the provider vouched for the e-mail address: someone with an
 * open invitation (accepted now), someone whose domain maps to an organisation (given the
 * mapping's role there, if they hold no role there yet), or someone who already holds a role.
 * Anyone else is refused and no account is made. A deactivated account is refused.
 */
export async function admitSingleSignOn(emailGiven: string, name: string, domains: DomainMapping[]): Promise<string | null> {
  const email = emailGiven.trim().toLowerCase();
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true, deactivatedAt: true, isPlatformAdmin: true, _count: { select: { memberships: true } } } });
  if (existing?.deactivatedAt) return null;
  const mapping = mappingFor(email, domains);
  const organisation = mapping ? await prisma.organisation.findUnique({ where: { slug: mapping.organisationSlug }, select: { id: true } }) : null;
  const invited = await prisma.invitation.count({ where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } });
  if (!organisation && invited === 0 && !(existing && (existing._count.memberships > 0 || existing.isPlatformAdmin))) return null;

  const userId = existing?.id ?? (await prisma.user.create({ data: { email, name, emailVerified: true }, select: { id: true } })).id;
  await acceptInvitationsFor(userId, email);
  if (organisation && mapping) {
    const holds = await prisma.membership.count({ where: { userId, organisationId: organisation.id } });
    if (holds === 0) {
      await prisma.$transaction(async (tx) => {
        await grantMembership(tx, userId, { role: mapping.role, organisationId: organisation.id, groupId: null });
        await recordAudit(tx, { userId, organisationId: organisation.id, action: "membership.sso", entity: "user", entityId: userId, after: { email, role: mapping.role, domain: mapping.domain } });
      });
    }
  }
  return userId;
}
