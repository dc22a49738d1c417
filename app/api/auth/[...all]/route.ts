import { auth } from "@/lib/auth/auth";
import { authRouteHandler } from "@/lib/auth/endpoints";

// Every method, so that none falls through to Next's automatic answers (OPTIONS, HEAD).
export const GET = authRouteHandler(auth.handler);
export const HEAD = GET;
export const POST = GET;
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
export const OPTIONS = GET;
