import { describe, expect, it } from 'vitest';
import { mailConfigFromEnv } from './mail-config.ts';

function read(env: Record<string, string>) {
  const problems: string[] = [];
  return { config: mailConfigFromEnv(env, problems), problems };
}

describe('e-mail settings from the environment', () => {
  it('sends no e-mail without BEARING_SMTP_HOST', () => {
    expect(read({})).toEqual({ config: undefined, problems: [] });
  });

  it('reads host, port, TLS, credentials, sender and the public URL', () => {
    const { config, problems } = read({
      BEARING_SMTP_HOST: 'smtp.example.org',
      BEARING_SMTP_PORT: '2525',
      BEARING_SMTP_SECURE: 'true',
      BEARING_SMTP_USER: 'bearing',
      BEARING_SMTP_PASSWORD: 'pw',
      BEARING_MAIL_FROM: 'Bearing <bearing@example.org>',
      BEARING_PUBLIC_URL: 'https://bearing.example.org/',
    });
    expect(problems).toEqual([]);
    expect(config).toEqual({
      host: 'smtp.example.org',
      port: 2525,
      secure: true,
      auth: { user: 'bearing', password: 'pw' },
      from: 'Bearing <bearing@example.org>',
      publicUrl: 'https://bearing.example.org',
    });
  });

  it('defaults the port to 587 (STARTTLS) or 465 (TLS) and signs in only when told', () => {
    const plain = read({ BEARING_SMTP_HOST: 'relay', BEARING_MAIL_FROM: 'b@example.org' });
    expect(plain.config).toEqual({
      host: 'relay',
      port: 587,
      secure: false,
      from: 'b@example.org',
    });
    const tls = read({
      BEARING_SMTP_HOST: 'relay',
      BEARING_SMTP_SECURE: '1',
      BEARING_MAIL_FROM: 'b@example.org',
    });
    expect(tls.config?.port).toBe(465);
  });

  it('names every problem at once', () => {
    const { problems } = read({
      BEARING_SMTP_HOST: 'relay',
      BEARING_SMTP_PORT: 'twenty-five',
      BEARING_SMTP_SECURE: 'maybe',
      BEARING_SMTP_USER: 'bearing',
      BEARING_MAIL_FROM: 'not an address',
    });
    expect(problems).toEqual([
      'BEARING_SMTP_SECURE "maybe" must be true (TLS from the start, port 465) or false (STARTTLS when offered)',
      'BEARING_SMTP_PORT "twenty-five" must be a whole number from 1 to 65535',
      'BEARING_SMTP_USER and BEARING_SMTP_PASSWORD go together: set both or neither',
      'BEARING_MAIL_FROM "not an address" is not an address: expected bearing@example.com or Bearing <bearing@example.com>',
    ]);
  });

  it('refuses mail settings without a server instead of ignoring them', () => {
    expect(read({ BEARING_MAIL_FROM: 'b@example.org' }).problems).toEqual([
      'BEARING_MAIL_FROM set but BEARING_SMTP_HOST is not: set the SMTP server',
    ]);
  });
});
