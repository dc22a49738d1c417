import { connection } from "next/server";
import { subscribeSent } from "@/lib/subscriptions/routes";

/** "Check your mail", after the subscribe form, the same whether or not a mail was sent. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/[slug]/subscribe/sent">) {
  await connection();
  const { locale, slug } = await params;
  return subscribeSent(locale, slug);
}
