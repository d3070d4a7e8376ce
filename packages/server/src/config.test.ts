import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ConfigError,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_WEB_ROOT,
  flagsFromArgv,
  parseConfig,
} from './config.ts';

describe('server configuration', () => {
  it('defaults to 127.0.0.1:4600 and the embedded SQLite database', () => {
    const config = parseConfig({}, {});
    expect(config).toMatchObject({
      host: DEFAULT_HOST,
      port: DEFAULT_PORT,
      databaseUrl: 'sqlite:./data/bearing.db',
    });
    expect(config.host).toBe('127.0.0.1');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('takes flags over the environment', () => {
    const env = { BEARING_PORT: '5000', BEARING_DATABASE_URL: 'sqlite::memory:' };
    expect(parseConfig({ port: '6000' }, env)).toMatchObject({
      port: 6000,
      databaseUrl: 'sqlite::memory:',
    });
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      parseConfig({ port: 'eighty', db: 'mysql://x' }, { BEARING_LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems } = error as ConfigError;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('port (--port or BEARING_PORT) "eighty"');
    expect(problems[1]).toContain('unknown scheme');
    expect(problems[2]).toContain('BEARING_LOG_LEVEL "loud"');
  });

  it('serves the web app from packages/web/dist unless BEARING_WEB_ROOT says otherwise', () => {
    expect(DEFAULT_WEB_ROOT.endsWith(join('packages', 'web', 'dist'))).toBe(true);
    // The web package sits next to this one (dist/ itself exists only after a build).
    expect(existsSync(resolve(DEFAULT_WEB_ROOT, '..', 'package.json'))).toBe(true);
    expect(parseConfig({}, {}).webRoot).toBe(DEFAULT_WEB_ROOT);
    expect(parseConfig({}, { BEARING_WEB_ROOT: '/srv/bearing-web' }).webRoot).toBe(
      resolve('/srv/bearing-web'),
    );
    expect(parseConfig({}, { BEARING_WEB_ROOT: 'build/web' }).webRoot).toBe(resolve('build/web'));
    expect(() => parseConfig({}, { BEARING_WEB_ROOT: ' ' })).toThrow(/BEARING_WEB_ROOT is empty/);
  });

  it('reads --port, --host and --db from a command line', () => {
    expect(flagsFromArgv(['--port', '0', '--host', '::1'])).toEqual({ port: '0', host: '::1' });
  });

  it('reads allowed host names from the flag or the environment, refusing URLs', () => {
    expect(
      parseConfig({}, { BEARING_ALLOWED_HOSTS: 'Bearing.Example.com, .corp.example' }).allowedHosts,
    ).toEqual(['bearing.example.com', '.corp.example']);
    expect(
      parseConfig({ allowedHosts: ['a.example'] }, { BEARING_ALLOWED_HOSTS: 'b.example' })
        .allowedHosts,
    ).toEqual(['a.example']);
    expect(() => parseConfig({}, { BEARING_ALLOWED_HOSTS: 'https://bearing.example.com' })).toThrow(
      /"https:\/\/bearing.example.com" is not a host name/,
    );
    expect(
      flagsFromArgv(['--allowed-host', 'a.example', '--allowed-host', 'b.example']).allowedHosts,
    ).toEqual(['a.example', 'b.example']);
  });

  it('keeps the header timeout within the request timeout', () => {
    const config = parseConfig(
      {},
      { BEARING_REQUEST_TIMEOUT_MS: '5000', BEARING_HEADERS_TIMEOUT_MS: '9000' },
    );
    expect(config).toMatchObject({ requestTimeoutMs: 5000, headersTimeoutMs: 5000 });
    expect(parseConfig({}, {})).toMatchObject({
      requestTimeoutMs: 60_000,
      headersTimeoutMs: 15_000,
    });
  });

  it('trusts a proxy only when told: --trust-proxy, or BEARING_TRUST_PROXY with its addresses', () => {
    expect(parseConfig({}, {}).trustProxy).toBe(false);
    expect(parseConfig(flagsFromArgv(['--trust-proxy']), {}).trustProxy).toBe(true);
    expect(parseConfig({}, { BEARING_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(parseConfig({}, { BEARING_TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(parseConfig({}, { BEARING_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toBe(
      '127.0.0.1,10.0.0.0/8',
    );
    expect(() => parseConfig({}, { BEARING_TRUST_PROXY: 'my-proxy' })).toThrow(
      /BEARING_TRUST_PROXY "my-proxy" must be true, false, or the proxies' addresses/,
    );
  });
});
