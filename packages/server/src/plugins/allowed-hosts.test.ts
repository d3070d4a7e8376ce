import { hostname } from 'node:os';
import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, importExample } from '../test-helpers.ts';
import type { App } from '../types.ts';
import { hostOf, hostPolicy, isAllowedHost } from './allowed-hosts.ts';

describe('the Host check (DNS rebinding)', () => {
  let database: TestDatabase;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildTestApp(database, {
      BEARING_ALLOWED_HOSTS: 'bearing.example.com,.corp.example',
    });
    await importExample(app);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('refuses to hand the strategy to a page that rebound attacker.example to 127.0.0.1', async () => {
    const res = await app.inject({
      url: '/api/workspaces/default/export',
      headers: { host: 'attacker.example:4600' },
    });
    expect(res.statusCode).toBe(421);
    expect(res.json()).toEqual({
      error: {
        code: 'HOST_NOT_ALLOWED',
        message: expect.stringContaining('--allowed-host attacker.example') as string,
        path: 'headers.host',
      },
    });
    expect(res.body).not.toContain('acme');
  });

  it.each([
    'localhost:4600',
    '127.0.0.1:4600',
    '127.0.0.2',
    '[::1]:4600',
    'app.localhost',
    'bearing.example.com',
    'BEARING.example.com.',
    'corp.example',
    'strategy.corp.example:443',
  ])('answers requests addressed to %s', async (host) => {
    const res = await app.inject({ url: '/api/health', headers: { host } });
    expect(res.statusCode).toBe(200);
  });

  it.each(['example.com', 'bearing.example.com.attacker.example', 'evilcorp.example', '10.1.2.3'])(
    'refuses %s',
    async (host) => {
      const res = await app.inject({ url: '/api/health', headers: { host } });
      expect(res.statusCode).toBe(421);
    },
  );
});

describe('hostPolicy', () => {
  it('adds the bound address, or this machine’s name and addresses when bound to all', () => {
    expect(isAllowedHost(hostPolicy('10.0.0.12', []), '10.0.0.12:4600')).toBe(true);
    expect(isAllowedHost(hostPolicy('10.0.0.12', []), '10.0.0.13:4600')).toBe(false);
    const everywhere = hostPolicy('0.0.0.0', []);
    expect(isAllowedHost(everywhere, `${hostname()}:4600`)).toBe(true);
    expect(isAllowedHost(everywhere, 'attacker.example')).toBe(false);
  });

  it('reads the host out of a Host header', () => {
    expect(hostOf('Example.COM:4600')).toBe('example.com');
    expect(hostOf('[::1]:80')).toBe('[::1]');
    expect(hostOf('bearing.example.com.')).toBe('bearing.example.com');
  });
});
