import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_HOST, DEFAULT_PORT, flagsFromArgv, parseConfig } from './config.ts';

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

  it('reads --port, --host and --db from a command line', () => {
    expect(flagsFromArgv(['--port', '0', '--host', '::1'])).toEqual({ port: '0', host: '::1' });
  });
});
