import type { BetterAuthPlugin } from "better-auth";
import { createAuthEndpoint } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";
import { z } from "zod";

/*
 * Klartekst decides itself when someone is signed in — after a password and, where needed, a
 * second factor; after single sign-on; after accepting an invitation — and then asks Better Auth
 * for the session: this server-only endpoint (never on the HTTP router) creates it and sets its
 * signed cookie, which `nextCookies` hands to the response. Better Auth stays the one store of
 * sessions, so signing out, expiry and `getSession` work as before.
 */
export const klartekstSessions = () =>
  ({
    id: "klartekst-sessions",
    endpoints: {
      startSessionFor: createAuthEndpoint.serverOnly({ method: "POST", body: z.object({ userId: z.string().min(1) }) }, async (ctx) => {
        const user = await ctx.context.internalAdapter.findUserById(ctx.body.userId);
        if (!user) throw new Error("startSessionFor: no such user");
        const session = await ctx.context.internalAdapter.createSession(user.id, false);
        await setSessionCookie(ctx, { session, user });
        return ctx.json({ ok: true });
      }),
    },
  }) satisfies BetterAuthPlugin;
