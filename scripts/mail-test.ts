/**
 * Sends a test mail with the environment's e-mail settings, so an operator can check them:
 *   npm run mail:test -- you@example.no [nb|nn|da|en]
 * Prints where the mail went and exits 0 when the server accepted it (or, without SMTP settings,
 * when it was written to the log); prints why not and exits 1 otherwise; 2 for wrong arguments.
 */
import { z } from "zod";
import { localeSchema, LOCALES } from "../lib/content/schema";
import { MailConfigError, readMailConfig } from "../lib/mail/config";
import { testMail } from "../lib/mail/kinds/test-mail";
import { createMailer } from "../lib/mail/send";

const [to, locale = "nb", ...extra] = process.argv.slice(2);
const address = z.email().safeParse(to);
const language = localeSchema.safeParse(locale);
if (!address.success || !language.success || extra.length) {
  console.error(`usage: npm run mail:test -- <e-mail address> [${LOCALES.join("|")}]`);
  process.exit(2);
}

let config;
try {
  config = readMailConfig(process.env);
} catch (error) {
  if (!(error instanceof MailConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const mailer = createMailer(config);
console.error(`Sending a test mail in "${language.data}" to ${address.data} through ${mailer.destination} …`);
const result = await mailer.send(testMail({ to: { address: address.data }, locale: language.data }));
mailer.close();
if (result.ok && result.via === "log") {
  console.error(`SMTP is not configured: the mail was written to the log above (Message-ID ${result.messageId}). Set SMTP_URL and MAIL_FROM to send it.`);
} else if (result.ok) {
  console.error(`Sent: the server accepted the mail (Message-ID ${result.messageId}).`);
} else {
  console.error(`Not sent (${result.reason}${result.permanent ? ", permanent" : ""}): ${result.message}`);
  process.exit(1);
}
