import type { ServerConfig } from './config.ts';

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Said when the server listens beyond loopback (it only starts so with accounts, see
 * `ExposedWithoutAccountsError`): everyone who can reach the port can try to sign in, over plain
 * HTTP unless a TLS proxy is in front. Null on loopback.
 */
export function exposureWarning(
  config: Pick<ServerConfig, 'host' | 'port' | 'allowedHosts'>,
): string | null {
  if (isLoopbackHost(config.host)) return null;
  const names = config.allowedHosts.length > 0 ? config.allowedHosts.join(', ') : 'none listed';
  return [
    `NOTE: Bearing is listening on ${config.host}, beyond this machine: everyone who can reach`,
    `  port ${config.port} can try to sign in. It speaks plain HTTP: put a TLS proxy in front`,
    '  (with --trust-proxy) so passwords and session cookies do not cross the network in clear,',
    '  or bind to 127.0.0.1 (the default).',
    `  Host names it answers besides its own addresses (--allowed-host): ${names}.`,
  ].join('\n');
}

/** The command that creates the first administrator, as every message about it names it. */
export const FIRST_ADMIN_COMMAND = 'bearing users add you@example.com --admin --password-stdin';

/**
 * Refused at start: a server beyond loopback with no accounts would make everyone who reaches
 * it the owner of every workspace (docs/access.md, "Modes").
 */
export class ExposedWithoutAccountsError extends Error {
  constructor(readonly host: string) {
    super(
      [
        `Bearing will not listen on ${host} while it has no accounts: everyone who can reach it would own every workspace.`,
        '  Create the first administrator on this database, then start again:',
        `    ${FIRST_ADMIN_COMMAND}`,
        '  (or run on 127.0.0.1, the default, and create it in the browser).',
      ].join('\n'),
    );
    this.name = 'ExposedWithoutAccountsError';
  }
}
