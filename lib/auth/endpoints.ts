import { PROBLEM_CONTENT_TYPE, problem } from "../api/problem";
import { guardPasswordCheck, type PasswordCheckOutcome } from "./password-guard";
import { requestClientAddress } from "./request-address";

/*
 * Better Auth's HTTP endpoints that may be reached from outside: an allow-list, empty on purpose.
 * Klartekst signs in, signs out and changes passwords through its own server actions, which call
 * `auth.api.*` server-side behind the sign-in limits; an open endpoint would be a second way in
 * that skips them (issue 9: a locked account signed in through /api/auth/sign-in/email). A plugin
 * that needs a public endpoint (a single sign-on callback, say) is listed here deliberately, and
 * its calls then count against the client address's sign-in limit like any password attempt.
 */
export type AuthEndpoint = { method: string; path: string };

export const PUBLIC_AUTH_ENDPOINTS: readonly AuthEndpoint[] = [];

export const AUTH_BASE_PATH = "/api/auth";

type Options = {
  enabled?: readonly AuthEndpoint[];
  /** For tests: how an enabled call is counted (default: the database-backed sign-in limits). */
  guard?: (address: string, call: () => Promise<boolean>) => Promise<PasswordCheckOutcome>;
};

const defaultGuard = (address: string, call: () => Promise<boolean>) => guardPasswordCheck({ email: null, address, deviceId: null }, call);

function problemResponse(request: Request, status: number, title: string, detail: string, headers: Record<string, string> = {}): Response {
  const { body } = problem({ status, title, detail });
  return new Response(request.method === "HEAD" ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...headers },
  });
}

/**
 * The route handler for /api/auth/*: 404 for every method on every endpoint not in the
 * allow-list; an enabled endpoint is passed to Better Auth's handler within the limits.
 */
export function authRouteHandler(handler: (request: Request) => Promise<Response>, { enabled = PUBLIC_AUTH_ENDPOINTS, guard = defaultGuard }: Options = {}) {
  return async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname.slice(AUTH_BASE_PATH.length) || "/";
    if (!enabled.some((endpoint) => endpoint.method === request.method && endpoint.path === path)) {
      return problemResponse(request, 404, "Not Found", "There is no such endpoint.");
    }
    let response: Response | undefined;
    const outcome = await guard(requestClientAddress(request.headers), async () => {
      response = await handler(request);
      return response.status < 400;
    });
    if (outcome.status === "throttled") {
      const seconds = Math.ceil(outcome.retryAfterMs / 1000);
      return problemResponse(request, 429, "Too Many Requests", `Too many failed attempts from this address. Try again in ${seconds} seconds.`, { "Retry-After": String(seconds) });
    }
    return response!;
  };
}
