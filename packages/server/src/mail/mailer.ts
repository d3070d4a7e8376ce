import { createTransport } from 'nodemailer';

/**
 * Outgoing e-mail for the monthly update cycle (reminders, alerts, digests), over SMTP. The
 * scheduler's handlers build a `MailMessage` with ./templates.ts and hand it to a `Mailer`; tests
 * and servers without BEARING_SMTP_HOST get no mailer at all, so nothing is sent by accident.
 */

/** From BEARING_SMTP_* and BEARING_MAIL_FROM (config.ts). */
export interface MailConfig {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (port 465); false still upgrades with STARTTLS when offered. */
  readonly secure: boolean;
  /** Both or neither: a relay on the local network often takes mail without signing in. */
  readonly auth?: { readonly user: string; readonly password: string };
  /** `bearing@example.com` or `Bearing <bearing@example.com>`. */
  readonly from: string;
  /** BEARING_PUBLIC_URL without a trailing slash: the base of links in e-mails. */
  readonly publicUrl?: string;
}

export interface MailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface Mailer {
  /** Resolves once the SMTP server accepted the message; rejects when it refused or was unreachable. */
  send(message: MailMessage): Promise<void>;
}

/** A slow or unreachable SMTP server fails the job (which retries) instead of holding it for minutes. */
export const MAIL_TIMEOUT_MS = 10_000;

export function createMailer(config: MailConfig): Mailer {
  const transport = createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    // Mail goes out a few times a month; an idle pool would only hold connections the server drops.
    pool: false,
    connectionTimeout: MAIL_TIMEOUT_MS,
    greetingTimeout: MAIL_TIMEOUT_MS,
    socketTimeout: MAIL_TIMEOUT_MS,
    // No `logger`/`debug`: nodemailer's transcript would carry the AUTH exchange.
    ...(config.auth === undefined
      ? {}
      : { auth: { user: config.auth.user, pass: config.auth.password } }),
  });
  return {
    async send(message) {
      if (message.to.length === 0) return;
      await transport.sendMail({
        from: config.from,
        to: [...message.to],
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
    },
  };
}
