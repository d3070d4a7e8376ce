import { describe, expect, it } from 'vitest';
import { exposureWarning, isLoopbackHost } from './exposure.ts';

describe('listening beyond loopback', () => {
  it.each(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])('is quiet on %s', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
    expect(exposureWarning({ host, port: 4600, allowedHosts: [] })).toBeNull();
  });

  it.each(['0.0.0.0', '::', '10.0.0.12', 'bearing.example.com'])(
    'notes on %s that everyone can try to sign in, and how to stop it',
    (host) => {
      const warning = exposureWarning({ host, port: 4600, allowedHosts: ['bearing.example.com'] });
      expect(warning).toContain(`listening on ${host}`);
      expect(warning).toContain('port 4600');
      expect(warning).toContain('--trust-proxy');
      expect(warning).toContain('127.0.0.1');
      expect(warning).toContain('bearing.example.com');
    },
  );
});
