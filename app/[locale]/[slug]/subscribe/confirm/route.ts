import { connection } from "next/server";
import { confirm, confirmButton } from "@/lib/subscriptions/routes";

/** The mailed confirmation link: a button, so that a mail scanner following it confirms nothing. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[slug]/subscribe/confirm">) {
  await connection();
  const { locale, slug } = await params;
  return confirmButton(request, locale, slug);
}

export async function POST(request: Request, { params }: RouteContext<"/[locale]/[slug]/subscribe/confirm">) {
  const { locale, slug } = await params;
  return confirm(request, locale, slug);
}
