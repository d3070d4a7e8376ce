import type { Role, TokenScope } from './roles.ts';

/**
 * What a request wants to do, at the grain the role table of docs/access.md is written in.
 * Every API route declares one of these; nothing else decides who may call it.
 */
export type AccessAction =
  /** Everything readable in a workspace: maps, scores, lint, changes, exports, reports. */
  | 'read'
  /** Values and comments, values import: an updater on own KPIs. */
  | 'values.write'
  /** Progress, spent and status of an initiative: an updater on own initiatives. */
  | 'initiative.progress'
  /** Everything else that changes the strategy (revert, imports, wizard, templates, layout, fixes). */
  | 'strategy.write'
  /** Members, workspace settings, deleting the workspace. */
  | 'workspace.admin'
  /** Accounts, creating workspaces. */
  | 'instance.admin'
  /** Any authenticated principal: templates list, wizard preview, own tokens, me. */
  | 'signed-in'
  /** No principal needed: health, sign-in, auth config. */
  | 'public';

export interface ActionRule {
  /** The least workspace role that may do it; null when no workspace role is involved. */
  readonly role: Role | null;
  /** An updater may do it on items whose owner is the updater (editor and admin on any). */
  readonly own: boolean;
  /** The least token scope that allows it; null for public actions (no principal at all). */
  readonly scope: TokenScope | null;
  /** For messages and documentation: what the action covers. */
  readonly describe: string;
}

export const ACTION_RULES: Readonly<Record<AccessAction, ActionRule>> = Object.freeze({
  read: {
    role: 'viewer',
    own: false,
    scope: 'read',
    describe: 'read maps, scores, history, documents, lint and changes',
  },
  'values.write': {
    role: 'updater',
    own: true,
    scope: 'values',
    describe: 'enter, change and delete values and comments, import values files',
  },
  'initiative.progress': {
    role: 'updater',
    own: true,
    scope: 'values',
    describe: 'update progress, spent and status of initiatives',
  },
  'strategy.write': {
    role: 'editor',
    own: false,
    scope: 'write',
    describe: 'change the strategy',
  },
  'workspace.admin': {
    role: 'admin',
    own: false,
    scope: 'write',
    describe: 'manage members and workspace settings, delete the workspace',
  },
  'instance.admin': {
    role: null,
    own: false,
    scope: 'write',
    describe: 'manage accounts and create workspaces',
  },
  'signed-in': {
    role: null,
    own: false,
    scope: 'read',
    describe: 'anything open to every signed-in person',
  },
  public: { role: null, own: false, scope: null, describe: 'open to everyone' },
});

export const ACCESS_ACTIONS = Object.keys(ACTION_RULES) as readonly AccessAction[];

export function isAccessAction(value: unknown): value is AccessAction {
  return typeof value === 'string' && Object.hasOwn(ACTION_RULES, value);
}
