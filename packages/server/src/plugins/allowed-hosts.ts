import { hostname, networkInterfaces } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors.ts';

/**
 * DNS rebinding defence. A page on attacker.example can make its own name resolve to 127.0.0.1
 * and then read a loopback server as "same origin"; the one thing it cannot change is the Host
 * header, which still says attacker.example. So the server answers only the names it is known
 * by: loopback names, the address it is bound to (for 0.0.0.0 or ::, this machine's name and
 * addresses) and the names an administrator lists (`--allowed-host`, BEARING_ALLOWED_HOSTS).
 */
export interface HostPolicy {
  /** Exact names, lower case, without port; IPv6 in brackets. */
  readonly names: ReadonlySet<string>;
  /** `.example.com` entries: any subdomain of example.com (and example.com itself). */
  readonly suffixes: readonly string[];
}

const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '[::]']);

export function hostPolicy(boundHost: string, allowed: readonly string[]): HostPolicy {
  const names = new Set<string>(['localhost', '127.0.0.1', '[::1]']);
  const suffixes: string[] = [];
  const add = (name: string) => names.add(bracketed(name.toLowerCase()));
  if (WILDCARD_BINDS.has(boundHost)) {
    add(hostname());
    for (const nets of Object.values(networkInterfaces())) {
      for (const net of nets ?? []) add(net.address.replace(/%.*$/, ''));
    }
  } else {
    add(boundHost);
  }
  for (const entry of allowed) {
    if (entry.startsWith('.')) suffixes.push(entry.toLowerCase());
    else add(entry);
  }
  return { names, suffixes };
}

/** The host part of a Host header (`Example.COM:4600` → `example.com`, `[::1]:80` → `[::1]`). */
export function hostOf(header: string): string {
  const text = header.trim().toLowerCase();
  const host = text.startsWith('[')
    ? text.slice(0, text.indexOf(']') + 1)
    : text.replace(/:\d*$/, '');
  return host.replace(/\.$/, '');
}

export function isAllowedHost(policy: HostPolicy, header: string | undefined): boolean {
  if (header === undefined || header === '') return false;
  const host = hostOf(header);
  if (policy.names.has(host)) return true;
  // Loopback by definition: 127.0.0.0/8 and the reserved .localhost names (RFC 6761).
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || host.endsWith('.localhost')) return true;
  return policy.suffixes.some((s) => host === s.slice(1) || host.endsWith(s));
}

/** Refuses, before anything else runs, every request addressed to a name that is not ours. */
export function registerHostCheck(app: FastifyInstance, policy: HostPolicy): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const header = request.headers.host;
    if (isAllowedHost(policy, header)) {
      done();
      return;
    }
    const name = header === undefined ? '(none)' : hostOf(header);
    done(
      new ApiError(
        'HOST_NOT_ALLOWED',
        `this server does not answer to the host name "${name}"; if that is its name, start it with --allowed-host ${name} (or list it in BEARING_ALLOWED_HOSTS)`,
        'headers.host',
      ),
    );
  });
}

function bracketed(address: string): string {
  return address.includes(':') && !address.startsWith('[') ? `[${address}]` : address;
}
