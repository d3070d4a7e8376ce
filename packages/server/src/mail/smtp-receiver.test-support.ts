import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on 127.0.0.1 for e-mail tests (no TLS; it takes any sign-in whose password
 * is "secret", and refuses recipients at refused.example so tests can see a rejection).
 */
export interface ReceivedMail {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly user: string | undefined;
}

export interface SmtpReceiver {
  readonly port: number;
  /** Mail accepted so far, oldest first. */
  readonly mails: readonly ReceivedMail[];
  /** How many mails are being held unanswered (0 or 1). */
  held(): number;
  /** Resolves once `count` mails have arrived (or rejects after the timeout, 5 s by default). */
  waitFor(count: number, timeoutMs?: number): Promise<readonly ReceivedMail[]>;
  close(): Promise<void>;
}

export interface SmtpReceiverOptions {
  /**
   * The first mail to this address is held: never answered, as a server that hangs mid-delivery
   * (a crash test kills the sender then). Later mails to it are taken normally.
   */
  readonly holdFirstTo?: string;
}

export async function startSmtpReceiver(options: SmtpReceiverOptions = {}): Promise<SmtpReceiver> {
  const mails: ReceivedMail[] = [];
  let holding = options.holdFirstTo;
  let held = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    // Loopback only; the tests sign in over plain text to check the credentials arrive.
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.password === 'secret') callback(null, { user: auth.username });
      else callback(new Error('wrong password'));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@refused.example')) {
        callback(new Error('no such mailbox'));
      } else callback();
    },
    onData(stream, session, callback) {
      if (holding !== undefined && session.envelope.rcptTo.some((r) => r.address === holding)) {
        holding = undefined;
        held++;
        stream.resume();
        return; // no answer: the sender waits until it dies
      }
      simpleParser(stream)
        .then((parsed) => {
          const from = session.envelope.mailFrom;
          mails.push({
            from: from === false ? '' : from.address,
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            user: typeof session.user === 'string' ? session.user : undefined,
          });
          callback();
        })
        .catch((error: unknown) => {
          callback(error as Error);
        });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    mails,
    held: () => held,
    async waitFor(count, timeoutMs = 5_000) {
      const until = Date.now() + timeoutMs;
      while (mails.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} mails, got ${mails.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return mails;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
