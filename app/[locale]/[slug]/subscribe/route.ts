import { connection } from "next/server";
import { subscribe, subscribeForm } from "@/lib/subscriptions/routes";

/** The subscribe form on its own page (where a form with a mistake comes back). */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/[slug]/subscribe">) {
  await connection();
  const { locale, slug } = await params;
  return subscribeForm(locale, slug);
}

/** The notice page's subscribe form is posted here (docs/decisions/0032). */
export async function POST(request: Request, { params }: RouteContext<"/[locale]/[slug]/subscribe">) {
  const { locale, slug } = await params;
  return subscribe(request, locale, slug);
}
