import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

/*
 * A real SMTP server on loopback for tests (the smtp-server package, as used by Nodemailer's own
 * tests): it speaks the protocol, checks credentials when asked to, and keeps every message it
 * receives, raw and parsed by mailparser, as a mail client would read it.
 */

export type ReceivedMail = {
  /** MAIL FROM and RCPT TO as the server saw them. */
  envelope: { from: string; to: string[] };
  /** The user name the client authenticated with. */
  user?: string;
  /** The message as it arrived, headers and MIME parts. */
  raw: string;
  parsed: ParsedMail;
};

export type TestSmtpServer = {
  port: number;
  received: ReceivedMail[];
  /** The next message to arrive (or the first not yet taken). */
  nextMail(): Promise<ReceivedMail>;
  close(): Promise<void>;
};

type Options = {
  /** Require AUTH with exactly these credentials. */
  credentials?: { user: string; pass: string };
  /** Refuse these recipients with 550. */
  refuse?: string[];
  /** A fixed port (for a server process told where to send); 0, the default, picks a free one. */
  port?: number;
};

export async function startTestSmtpServer({ credentials, refuse = [], port: requestedPort = 0 }: Options = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let taken = 0;
  const waiting: ((mail: ReceivedMail) => void)[] = [];

  const options: SMTPServerOptions = {
    logger: false,
    // No STARTTLS: its built-in certificate is self-signed, and the client would rightly refuse it.
    disabledCommands: credentials ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    authOptional: !credentials,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (credentials && auth.username === credentials.user && auth.password === credentials.pass) return callback(null, { user: auth.username });
      return callback(new Error("Invalid user name or password"));
    },
    onRcptTo(address, _session, callback) {
      if (refuse.includes(address.address)) return callback(Object.assign(new Error(`No such user: ${address.address}`), { responseCode: 550 }));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            const from = session.envelope.mailFrom;
            const mail: ReceivedMail = {
              envelope: { from: from ? from.address : "", to: session.envelope.rcptTo.map((r) => r.address) },
              user: typeof session.user === "string" ? session.user : undefined,
              raw: raw.toString("utf8"),
              parsed,
            };
            received.push(mail);
            const waiter = waiting.shift();
            if (waiter) waiter(received[taken++]!);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  };
  const server = new SMTPServer(options);
  await new Promise<void>((resolve) => server.listen(requestedPort, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    port,
    received,
    nextMail() {
      if (taken < received.length) return Promise.resolve(received[taken++]!);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
