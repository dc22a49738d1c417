import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { noScriptAnswer } from "@/lib/forms/no-script-answer";
import { NoScriptAnswerProvider } from "@/components/admin/no-script-answer";
import "@/components/admin/admin.css";
// Diffs and previews of notice texts come from the public renderer; they look as they do there.
import "@/components/public/styles/notice.css";

// Admin pages depend on the signed-in user: rendered per request, never cached.
export const instant = false;

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminLayout({ children }: LayoutProps<"/[locale]/admin">) {
  const { admin, validation, editor, gdpr, activity, fields, layout } = await getMessages();
  return (
    // Admin forms are client components: they get the admin texts (public pages get none).
    <NextIntlClientProvider messages={{ admin, validation, editor, gdpr, activity, fields, layout }}>
      {/* The answer to a form posted without JavaScript, for that form (components/admin/admin-form.tsx). */}
      <NoScriptAnswerProvider answer={noScriptAnswer()}>
        <div className="admin container page">{children}</div>
      </NoScriptAnswerProvider>
    </NextIntlClientProvider>
  );
}
