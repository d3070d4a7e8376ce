import { listChanges } from '@bearing/db';
import { describe, expect, it } from 'vitest';
import { accessFixture } from './access-fixtures.ts';

describe('bearing workspaces', () => {
  it('adds a workspace (logged in the change log) and lists it with its member count', async () => {
    const { cli, open } = accessFixture();
    const added = await cli(['workspaces', 'add', 'acme', '--name', 'Acme Corp']);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('✔ created workspace "acme" (Acme Corp)');
    await cli(['users', 'add', 'ann@example.com']);
    await cli(['members', 'add', 'ann@example.com', '--workspace', 'acme', '--role', 'admin']);
    const table = await cli(['workspaces', 'list']);
    expect(table.stdout).toMatch(
      /^id\s+name\s+members\nacme\s+Acme Corp\s+1\ndefault\s+\S.*\s0\n$/,
    );
    const json = JSON.parse((await cli(['workspaces', 'list', '--json'])).stdout) as unknown[];
    expect(json[0]).toEqual({ key: 'acme', name: 'Acme Corp', organization: null, members: 1 });
    const changes = await listChanges((await open()).db, 'acme');
    expect(changes.map((c) => [c.entityType, c.operation])).toEqual([['workspace', 'create']]);
  });

  it('names the workspace after its id without --name', async () => {
    const { cli } = accessFixture();
    expect((await cli(['workspaces', 'add', 'north'])).stdout).toContain('"north" (north)');
  });

  it('exits 2 on a taken or malformed id', async () => {
    const { cli } = accessFixture();
    const taken = await cli(['workspaces', 'add', 'default']);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('workspace "default" already exists');
    const bad = await cli(['workspaces', 'add', 'a b']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ID: "a b" is not a workspace id');
  });
});
