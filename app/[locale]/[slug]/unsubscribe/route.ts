import { connection } from "next/server";
import { unsubscribeButton, unsubscribeNow } from "@/lib/subscriptions/routes";

/** The unsubscribe link in every change mail: a button to confirm it. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[slug]/unsubscribe">) {
  await connection();
  const { locale, slug } = await params;
  return unsubscribeButton(request, locale, slug);
}

/** RFC 8058 one-click unsubscribe (List-Unsubscribe-Post), and the button above. */
export async function POST(request: Request, { params }: RouteContext<"/[locale]/[slug]/unsubscribe">) {
  const { locale, slug } = await params;
  return unsubscribeNow(request, locale, slug);
}
