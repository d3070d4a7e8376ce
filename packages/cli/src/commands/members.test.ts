import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../__fixtures__/harness.ts';
import { accessFixture } from './access-fixtures.ts';

/** Accounts ann (first, so instance admin) and bob, and workspace "default" holding scorecard acme. */
async function withPeople() {
  const fixture = accessFixture();
  await fixture.cli(['users', 'add', 'ann@example.com', '--name', 'Ann']);
  await fixture.cli(['users', 'add', 'bob@example.com', '--name', 'Bob']);
  const imported = await fixture.cli(['import', `${FIXTURES}/two-scorecards.yaml`]);
  expect(imported.code).toBe(0);
  return fixture;
}

describe('bearing members', () => {
  it('adds a member, changes the role, limits it to scorecards, lists and removes', async () => {
    const { cli } = await withPeople();
    const added = await cli([
      'members',
      'add',
      'bob@example.com',
      '--workspace',
      'default',
      '--role',
      'viewer',
    ]);
    expect(added.code).toBe(0);
    expect(added.stdout).toBe('✔ bob@example.com is now viewer in workspace "default"\n');
    const changed = await cli([
      'members',
      'add',
      'BOB@example.com',
      '--workspace',
      'default',
      '--role',
      'editor',
      '--scorecard',
      'sales',
    ]);
    expect(changed.stdout).toBe(
      '✔ bob@example.com is changed to editor in workspace "default" on scorecard sales (a viewer elsewhere)\n',
    );
    const table = await cli(['members', 'list', '--workspace', 'default']);
    expect(table.stdout).toMatch(
      /^email\s+name\s+role\s+scorecards\nbob@example\.com\s+Bob\s+editor\s+sales\n$/,
    );
    const json: unknown = JSON.parse(
      (await cli(['members', 'list', '--workspace', 'default', '--json'])).stdout,
    );
    expect(json).toMatchObject([
      { workspace: 'default', email: 'bob@example.com', role: 'editor', scorecards: ['sales'] },
    ]);
    const removed = await cli(['members', 'remove', 'bob@example.com', '--workspace', 'default']);
    expect(removed.stdout).toBe('✔ removed bob@example.com from workspace "default"\n');
    expect((await cli(['members', 'list', '--workspace', 'default', '--json'])).stdout).toBe(
      '[]\n',
    );
    const again = await cli(['members', 'remove', 'bob@example.com', '--workspace', 'default']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('bob@example.com is not a member of workspace "default"');
  });

  it('exits 2 naming an unknown role, email, workspace or scorecard', async () => {
    const { cli } = await withPeople();
    const add = (...rest: string[]) => cli(['members', 'add', ...rest]);
    const role = await add('bob@example.com', '--workspace', 'default', '--role', 'editr');
    expect(role.code).toBe(2);
    expect(role.stderr).toContain(
      '--role: unknown role "editr" (did you mean editor?); expected one of: viewer, updater, editor, admin',
    );
    const email = await add('carl@example.com', '--workspace', 'default', '--role', 'editor');
    expect(email.code).toBe(2);
    expect(email.stderr).toContain('no account "carl@example.com"');
    expect(email.stderr).toContain('bearing users add carl@example.com');
    const workspace = await add('bob@example.com', '--workspace', 'defualt', '--role', 'editor');
    expect(workspace.code).toBe(2);
    expect(workspace.stderr).toContain(
      '--workspace: no workspace "defualt" (did you mean default?); the database has: default',
    );
    const scorecard = await add(
      'bob@example.com',
      '--workspace',
      'default',
      '--role',
      'editor',
      '--scorecard',
      'sale',
    );
    expect(scorecard.code).toBe(2);
    expect(scorecard.stderr).toContain(
      '--scorecard: no scorecard "sale" in workspace "default" (did you mean sales?)',
    );
    const list = await cli(['members', 'list', '--workspace', 'nope']);
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('no workspace "nope"');
  });

  it('exits 2 when --workspace or --role is missing', async () => {
    const { cli } = await withPeople();
    const result = await cli(['members', 'add', 'bob@example.com', '--role', 'editor']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("required option '--workspace <id>' not specified");
  });
});
