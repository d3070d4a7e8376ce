import type { MailConfig } from './mailer.ts';

/**
 * E-mail settings from the environment (docs/notifications.md, "E-mail"). No BEARING_SMTP_HOST
 * means no e-mail at all: reminders and alerts still reach people in the app, and the UI says
 * that e-mail is not set up. Every other problem is listed at once, like the rest of config.ts.
 */
export function mailConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
): MailConfig | undefined {
  const host = env['BEARING_SMTP_HOST']?.trim() ?? '';
  if (host === '') {
    const stray = ['BEARING_SMTP_USER', 'BEARING_SMTP_PASSWORD', 'BEARING_MAIL_FROM'].filter(
      (name) => (env[name]?.trim() ?? '') !== '',
    );
    if (stray.length > 0) {
      problems.push(`${stray.join(' and ')} set but BEARING_SMTP_HOST is not: set the SMTP server`);
    }
    return undefined;
  }
  const secure = parseSecure(env['BEARING_SMTP_SECURE'], problems);
  const portText = env['BEARING_SMTP_PORT']?.trim();
  let port = secure ? 465 : 587;
  if (portText !== undefined && portText !== '') {
    port = Number(portText);
    if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
      problems.push(`BEARING_SMTP_PORT "${portText}" must be a whole number from 1 to 65535`);
    }
  }
  const user = env['BEARING_SMTP_USER']?.trim() ?? '';
  const password = env['BEARING_SMTP_PASSWORD'] ?? '';
  if ((user === '') !== (password === '')) {
    problems.push('BEARING_SMTP_USER and BEARING_SMTP_PASSWORD go together: set both or neither');
  }
  const from = env['BEARING_MAIL_FROM']?.trim() ?? '';
  if (!/^[^<>@\s]+@[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/.test(from)) {
    problems.push(
      from === ''
        ? 'BEARING_MAIL_FROM is required with BEARING_SMTP_HOST: the sender, e.g. Bearing <bearing@example.com>'
        : `BEARING_MAIL_FROM "${from}" is not an address: expected bearing@example.com or Bearing <bearing@example.com>`,
    );
  }
  const publicUrl = env['BEARING_PUBLIC_URL']?.trim().replace(/\/+$/, '');
  if (publicUrl !== undefined && publicUrl !== '' && !/^https?:\/\/[^/\s]+/i.test(publicUrl)) {
    problems.push(`BEARING_PUBLIC_URL "${publicUrl}" must start with http:// or https://`);
  }
  return {
    host,
    port,
    secure,
    ...(user === '' ? {} : { auth: { user, password } }),
    from,
    ...(publicUrl === undefined || publicUrl === '' ? {} : { publicUrl }),
  };
}

function parseSecure(text: string | undefined, problems: string[]): boolean {
  const value = text?.trim() ?? '';
  if (value === '' || /^(false|0|no)$/i.test(value)) return false;
  if (/^(true|1|yes)$/i.test(value)) return true;
  problems.push(
    `BEARING_SMTP_SECURE "${value}" must be true (TLS from the start, port 465) or false (STARTTLS when offered)`,
  );
  return false;
}
