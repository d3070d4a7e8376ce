import { describe, expect, it } from 'vitest';
import { decideAccess, decideAccessSomewhere, roleAt } from './decide.ts';
import { ACCESS_ACTIONS, ACTION_RULES, type AccessAction } from './rules.ts';
import type { Role, TokenScope } from './roles.ts';
import type { AccessMembership, AccessSubject } from './subject.ts';

const LOCAL: AccessSubject = {
  kind: 'local',
  accountId: null,
  email: null,
  name: 'local',
  instanceAdmin: true,
  memberships: [],
  tokenScope: null,
};

function account(
  memberships: readonly AccessMembership[] = [],
  overrides: Partial<AccessSubject> = {},
): AccessSubject {
  return {
    kind: 'account',
    accountId: 'acc-1',
    email: 'Ana@Example.com',
    name: 'Ana',
    instanceAdmin: false,
    memberships,
    tokenScope: null,
    ...overrides,
  };
}

const member = (role: Role, scorecards: string[] | null = null): AccessMembership => ({
  workspace: 'acme',
  role,
  scorecards,
});

const allowed = { allowed: true };

describe('decideAccess', () => {
  it('allows everything in local mode', () => {
    for (const action of ACCESS_ACTIONS) {
      expect(decideAccess(LOCAL, action, { workspace: 'any', owner: 'x@y' })).toEqual(allowed);
    }
  });

  it('lets an instance administrator act as admin in every workspace', () => {
    const admin = account([], { instanceAdmin: true });
    for (const action of ACCESS_ACTIONS) {
      expect(decideAccess(admin, action, { workspace: 'other', owner: null })).toEqual(allowed);
    }
  });

  it('answers 404 for a workspace the subject is not a member of, naming the workspace', () => {
    const outsider = account([{ workspace: 'beta', role: 'admin', scorecards: null }]);
    for (const action of ['read', 'values.write', 'strategy.write', 'workspace.admin'] as const) {
      expect(decideAccess(outsider, action, { workspace: 'acme' })).toEqual({
        allowed: false,
        status: 404,
        code: 'NOT_FOUND',
        message: 'workspace "acme" does not exist',
        roleNeeded: null,
      });
    }
  });

  it('answers 404 before looking at the token scope', () => {
    const outsider = account([], { tokenScope: 'read' });
    expect(decideAccess(outsider, 'strategy.write', { workspace: 'acme' })).toMatchObject({
      status: 404,
    });
  });

  it.each<[Role, AccessAction, boolean]>([
    ['viewer', 'read', true],
    ['viewer', 'values.write', false],
    ['viewer', 'initiative.progress', false],
    ['viewer', 'strategy.write', false],
    ['updater', 'read', true],
    ['updater', 'strategy.write', false],
    ['updater', 'workspace.admin', false],
    ['editor', 'values.write', true],
    ['editor', 'initiative.progress', true],
    ['editor', 'strategy.write', true],
    ['editor', 'workspace.admin', false],
    ['admin', 'strategy.write', true],
    ['admin', 'workspace.admin', true],
  ])('a whole-workspace %s may %s: %s', (role, action, expected) => {
    const decision = decideAccess(account([member(role)]), action, {
      workspace: 'acme',
      owner: 'someone@else.org',
    });
    expect(decision.allowed).toBe(expected);
  });

  it('names the role needed and the role held in a 403', () => {
    expect(
      decideAccess(account([member('viewer')]), 'strategy.write', { workspace: 'acme' }),
    ).toEqual({
      allowed: false,
      status: 403,
      code: 'FORBIDDEN',
      message: 'needs the editor role in workspace "acme" (you are a viewer)',
      roleNeeded: 'editor',
    });
    expect(
      decideAccess(account([member('editor')]), 'workspace.admin', { workspace: 'acme' }),
    ).toMatchObject({
      message: 'needs the admin role in workspace "acme" (you are an editor)',
      roleNeeded: 'admin',
    });
    expect(
      decideAccess(account([member('viewer')]), 'values.write', { workspace: 'acme' }),
    ).toMatchObject({
      message: 'needs the updater role in workspace "acme" (you are a viewer)',
      roleNeeded: 'updater',
    });
  });

  describe('own KPIs and initiatives of an updater', () => {
    const updater = account([member('updater')]);
    for (const action of ['values.write', 'initiative.progress'] as const) {
      it(`${action}: allows the owner, compared case-insensitively`, () => {
        const target = { workspace: 'acme', owner: 'ana@EXAMPLE.com' };
        expect(decideAccess(updater, action, target)).toEqual(allowed);
      });

      it(`${action}: refuses an item someone else owns, naming the editor role`, () => {
        const decision = decideAccess(updater, action, { workspace: 'acme', owner: 'bo@x.org' });
        expect(decision).toMatchObject({ status: 403, roleNeeded: 'editor' });
        expect(decision.allowed || decision.message).toMatch(/needs the editor role.*"bo@x.org"/);
      });

      it(`${action}: refuses an item without an owner`, () => {
        const decision = decideAccess(updater, action, { workspace: 'acme', owner: null });
        expect(decision).toMatchObject({ status: 403, roleNeeded: 'editor' });
      });

      it(`${action}: passes the route-level check before the item is known`, () => {
        expect(decideAccess(updater, action, { workspace: 'acme' })).toEqual(allowed);
      });
    }

    it('lets an editor write items anyone owns', () => {
      const editor = account([member('editor')]);
      expect(decideAccess(editor, 'values.write', { workspace: 'acme', owner: null })).toEqual(
        allowed,
      );
    });
  });

  describe('a membership limited to scorecards', () => {
    const limitedEditor = account([member('editor', ['ops'])]);

    it('gives the role on the listed scorecards', () => {
      const target = { workspace: 'acme', scorecard: 'ops' };
      expect(decideAccess(limitedEditor, 'strategy.write', target)).toEqual(allowed);
    });

    it('reads the other scorecards as a viewer', () => {
      expect(decideAccess(limitedEditor, 'read', { workspace: 'acme', scorecard: 'corp' })).toEqual(
        allowed,
      );
      const decision = decideAccess(limitedEditor, 'strategy.write', {
        workspace: 'acme',
        scorecard: 'corp',
      });
      expect(decision).toMatchObject({ status: 403, roleNeeded: 'editor' });
      expect(decision.allowed || decision.message).toBe(
        'needs the editor role on scorecard "corp" in workspace "acme" ' +
          '(you are a viewer there; your editor role covers only scorecards ops)',
      );
    });

    it('refuses a workspace-level write: it needs an unlimited membership', () => {
      const decision = decideAccess(limitedEditor, 'strategy.write', { workspace: 'acme' });
      expect(decision.allowed || decision.message).toBe(
        'needs the editor role for the whole workspace "acme" ' +
          '(your editor role covers only scorecards ops)',
      );
    });

    it('is still a member of the workspace (403, not 404)', () => {
      expect(decideAccess(limitedEditor, 'workspace.admin', { workspace: 'acme' })).toMatchObject({
        status: 403,
      });
    });
  });

  describe('token scopes', () => {
    const withScope = (tokenScope: TokenScope) => account([member('admin')], { tokenScope });

    it.each<[TokenScope, AccessAction, boolean]>([
      ['read', 'read', true],
      ['read', 'signed-in', true],
      ['read', 'values.write', false],
      ['read', 'initiative.progress', false],
      ['read', 'strategy.write', false],
      ['values', 'values.write', true],
      ['values', 'initiative.progress', true],
      ['values', 'strategy.write', false],
      ['values', 'workspace.admin', false],
      ['write', 'strategy.write', true],
      ['write', 'workspace.admin', true],
    ])('a %s token may %s: %s', (scope, action, expected) => {
      expect(decideAccess(withScope(scope), action, { workspace: 'acme' }).allowed).toBe(expected);
    });

    it('names the scope held and the scopes enough', () => {
      expect(decideAccess(withScope('read'), 'values.write', { workspace: 'acme' })).toMatchObject({
        status: 403,
        message: 'this API token has the read scope; values.write needs values or write',
      });
    });

    it('never lets a write token do more than its owner role', () => {
      const viewerToken = account([member('viewer')], { tokenScope: 'write' });
      expect(decideAccess(viewerToken, 'strategy.write', { workspace: 'acme' }).allowed).toBe(
        false,
      );
    });

    it('keeps instance administration to write tokens', () => {
      const adminToken = account([], { instanceAdmin: true, tokenScope: 'values' });
      expect(decideAccess(adminToken, 'instance.admin').allowed).toBe(false);
    });
  });

  it('keeps instance administration to instance administrators', () => {
    expect(decideAccess(account([member('admin')]), 'instance.admin')).toEqual({
      allowed: false,
      status: 403,
      code: 'FORBIDDEN',
      message: 'needs an instance administrator (you are not one)',
      roleNeeded: null,
    });
  });

  it('allows signed-in and public actions to every account', () => {
    expect(decideAccess(account(), 'signed-in')).toEqual(allowed);
    expect(decideAccess(account(), 'public')).toEqual(allowed);
  });

  it('refuses a workspace action that names no workspace', () => {
    expect(decideAccess(account([member('admin')]), 'read').allowed).toBe(false);
  });
});

describe('roleAt', () => {
  it('is admin in local mode and for instance administrators', () => {
    expect(roleAt(LOCAL, 'acme')).toBe('admin');
    expect(roleAt(account([], { instanceAdmin: true }), 'acme', 'ops')).toBe('admin');
  });

  it('is null outside the subject memberships', () => {
    expect(roleAt(account([member('editor')]), 'beta')).toBeNull();
  });

  it('is the role of a whole-workspace membership everywhere in it', () => {
    expect(roleAt(account([member('updater')]), 'acme', 'ops')).toBe('updater');
    expect(roleAt(account([member('updater')]), 'acme')).toBe('updater');
  });

  it('is viewer outside the scorecards of a limited membership', () => {
    const subject = account([member('admin', ['ops'])]);
    expect(roleAt(subject, 'acme', 'ops')).toBe('admin');
    expect(roleAt(subject, 'acme', 'corp')).toBe('viewer');
    expect(roleAt(subject, 'acme')).toBe('viewer');
  });
});

describe('decideAccessSomewhere', () => {
  it('passes a limited member with the role on one of their scorecards', () => {
    const subject = account([member('editor', ['ops'])]);
    expect(decideAccessSomewhere(subject, 'strategy.write', 'acme')).toEqual(allowed);
  });

  it('refuses when the role is enough nowhere, with the workspace-level message', () => {
    const subject = account([member('viewer', ['ops'])]);
    expect(decideAccessSomewhere(subject, 'strategy.write', 'acme')).toMatchObject({
      status: 403,
      roleNeeded: 'editor',
    });
  });

  it('keeps 404 for non-members', () => {
    expect(decideAccessSomewhere(account(), 'read', 'acme')).toMatchObject({ status: 404 });
  });
});

describe('ACTION_RULES', () => {
  it('asks a scope of every action but public', () => {
    for (const action of ACCESS_ACTIONS) {
      expect(ACTION_RULES[action].scope === null).toBe(action === 'public');
    }
  });
});
