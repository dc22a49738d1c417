import { revalidateTag } from "next/cache";
import { z } from "zod";
import { INTERNAL_TOKEN_HEADER, isInternalRequest } from "@/lib/cache/internal";

const body = z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(1000) });

/**
 * Expires cache tags that another instance's publish expired, in this instance's Next.js caches
 * (the documented revalidateTag; `expire: 0` as updateTag does: the next request renders anew).
 * Called only by this instance's own server over loopback, with its per-process token
 * (server.mjs, lib/cache/tag-sync.mjs); anything else is told there is nothing here.
 */
export async function POST(request: Request) {
  if (!isInternalRequest(request.headers.get(INTERNAL_TOKEN_HEADER))) return new Response(null, { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response(null, { status: 400 });
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return new Response(null, { status: 204 });
}
