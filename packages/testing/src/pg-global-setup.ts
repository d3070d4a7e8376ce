import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Vitest globalSetup: one throwaway PostgreSQL cluster per test run, started from the machine's
 * binaries unless BEARING_TEST_PG_URL names a server. Test files create their own databases on
 * it (see databases.ts). Without binaries the PostgreSQL suite is skipped locally but fails
 * under CI=true: CI must never pass with half the engines untested.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test cluster; '' when PostgreSQL is unavailable. */
    bearingPgUrl: string;
    /** Why the PostgreSQL suite is skipped; '' when it runs. */
    bearingPgSkipReason: string;
  }
}

export const PG_URL_VARIABLE = 'BEARING_TEST_PG_URL';

/** The newest `/usr/lib/postgresql/<major>/bin` that holds initdb, if any. */
export function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const majors = readdirSync(root)
    .filter((d) => existsSync(join(root, d, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] === undefined ? null : join(root, majors[0], 'bin');
}

export function missingPgReason(): string {
  return `no PostgreSQL binaries in /usr/lib/postgresql/*/bin and ${PG_URL_VARIABLE} is not set (apt-get install -y postgresql, or point ${PG_URL_VARIABLE} at a server)`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

export interface PgCluster {
  readonly url: string;
  stop(): void;
}

/**
 * initdb + pg_ctl start in a temp folder. PostgreSQL refuses to run as root, so as root the
 * commands run as the `postgres` user, in a folder it owns. Durability is off: it is thrown away.
 */
export async function startPgCluster(bin: string): Promise<PgCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'bearing-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]]
      : [join(bin, cmd), args];
    execFileSync(file, argv, { stdio: 'pipe' });
  };
  if (asRoot)
    execFileSync('install', ['-d', '-o', 'postgres', '-g', 'postgres', '-m', '700', dir, data]);
  const port = await freePort();
  run('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', options, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env[PG_URL_VARIABLE];
  if (given) {
    project.provide('bearingPgUrl', given);
    project.provide('bearingPgSkipReason', '');
    return undefined;
  }
  const bin = findPgBin();
  if (bin === null) {
    if (process.env.CI === 'true')
      throw new Error(`CI=true requires the PostgreSQL suite: ${missingPgReason()}`);
    console.warn(`[bearing] skipping the PostgreSQL suite: ${missingPgReason()}`);
    project.provide('bearingPgUrl', '');
    project.provide('bearingPgSkipReason', missingPgReason());
    return undefined;
  }
  const cluster = await startPgCluster(bin);
  project.provide('bearingPgUrl', cluster.url);
  project.provide('bearingPgSkipReason', '');
  return () => {
    cluster.stop();
  };
}
