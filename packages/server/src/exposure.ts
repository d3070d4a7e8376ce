import type { ServerConfig } from './config.ts';

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Said loudly when the server listens beyond loopback: until accounts exist, everyone who can
 * reach the port is the owner of every workspace. Null on loopback.
 */
export function exposureWarning(
  config: Pick<ServerConfig, 'host' | 'port' | 'allowedHosts'>,
): string | null {
  if (isLoopbackHost(config.host)) return null;
  const names = config.allowedHosts.length > 0 ? config.allowedHosts.join(', ') : 'none listed';
  return [
    `WARNING: Bearing is listening on ${config.host}, beyond this machine, and has no accounts yet.`,
    `  Anyone who can reach port ${config.port} can read and change every workspace: its scorecards,`,
    '  KPI values, strategy files (import and export) and change log, and revert any change.',
    '  Expose it only on a network you trust, or bind to 127.0.0.1 (the default).',
    `  Host names it answers besides its own addresses (--allowed-host): ${names}.`,
  ].join('\n');
}
