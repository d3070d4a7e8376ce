import { ACTION_RULES, type AccessAction, type ActionRule } from './rules.ts';
import { ownedBy } from './owner.ts';
import { roleRank, scopeRank, TOKEN_SCOPES, withArticle, type Role } from './roles.ts';
import type { AccessDecision, AccessMembership, AccessSubject, AccessTarget } from './subject.ts';

const ALLOWED: AccessDecision = Object.freeze({ allowed: true });

function membershipIn(subject: AccessSubject, workspace: string): AccessMembership | undefined {
  return subject.memberships.find((m) => m.workspace === workspace);
}

/**
 * The role the subject acts with in a workspace, on one scorecard when given; null when the
 * subject is not a member (the workspace does not exist for them). Local mode and instance
 * administrators act as admin everywhere. A membership limited to scorecards gives its role on
 * those and viewer on the rest, including workspace-level actions (no scorecard).
 */
export function roleAt(subject: AccessSubject, workspace: string, scorecard?: string): Role | null {
  if (subject.kind === 'local' || subject.instanceAdmin) return 'admin';
  const membership = membershipIn(subject, workspace);
  if (membership === undefined) return null;
  if (membership.scorecards === null) return membership.role;
  return scorecard !== undefined && membership.scorecards.includes(scorecard)
    ? membership.role
    : 'viewer';
}

function denied(message: string, roleNeeded: Role | null): AccessDecision {
  return { allowed: false, status: 403, code: 'FORBIDDEN', message, roleNeeded };
}

function scopeDecision(subject: AccessSubject, action: AccessAction, rule: ActionRule) {
  const { tokenScope } = subject;
  if (tokenScope === null || rule.scope === null) return ALLOWED;
  if (scopeRank(tokenScope) >= scopeRank(rule.scope)) return ALLOWED;
  const enough = TOKEN_SCOPES.slice(scopeRank(rule.scope)).join(' or ');
  return denied(`this API token has the ${tokenScope} scope; ${action} needs ${enough}`, rule.role);
}

/** Says which role is missing, and where: the whole workspace, or one scorecard of it. */
function roleMessage(
  needed: Role,
  had: Role,
  membership: AccessMembership | undefined,
  target: { workspace: string; scorecard?: string | undefined },
): string {
  const ws = `workspace "${target.workspace}"`;
  const limited = membership?.scorecards ?? null;
  if (limited === null || roleRank(membership?.role ?? 'viewer') < roleRank(needed)) {
    return `needs the ${needed} role in ${ws} (you are ${withArticle(had)})`;
  }
  const covers = `your ${membership?.role ?? had} role covers only scorecards ${limited.join(', ')}`;
  return target.scorecard === undefined
    ? `needs the ${needed} role for the whole ${ws} (${covers})`
    : `needs the ${needed} role on scorecard "${target.scorecard}" in ${ws} (you are a viewer there; ${covers})`;
}

function workspaceDecision(
  subject: AccessSubject,
  rule: ActionRule & { role: Role },
  target: AccessTarget & { workspace: string },
): AccessDecision {
  const had = roleAt(subject, target.workspace, target.scorecard);
  if (had === null) throw new Error('unreachable: membership checked first');
  if (roleRank(had) >= roleRank(rule.role)) {
    if (!rule.own || roleRank(had) > roleRank(rule.role)) return ALLOWED;
    // An updater on an own-item action: allowed on items they own, or before the item is known.
    if (target.owner === undefined) return ALLOWED;
    if (subject.email !== null && ownedBy(target.owner, subject.email)) {
      return ALLOWED;
    }
    const owner = target.owner === null ? 'nobody' : `"${target.owner}"`;
    return denied(
      `needs the editor role in workspace "${target.workspace}" to change what you do not own ` +
        `(you are an updater; its owner is ${owner})`,
      'editor',
    );
  }
  // An own-item action is open to an updater only for own items: name the role that is enough.
  const membership = membershipIn(subject, target.workspace);
  return denied(roleMessage(rule.role, had, membership, target), rule.role);
}

/**
 * The one access rule (docs/access.md, Roles). Local mode may do everything. A workspace the
 * subject is not a member of answers 404, before anything else, so its existence is not told.
 * Then the token scope, then the role: at the target's scorecard when given, and for `own`
 * actions the target's owner.
 */
export function decideAccess(
  subject: AccessSubject,
  action: AccessAction,
  target: AccessTarget = {},
): AccessDecision {
  if (subject.kind === 'local') return ALLOWED;
  const rule = ACTION_RULES[action];
  if (rule.scope === null) return ALLOWED;
  const { workspace } = target;
  if (rule.role !== null && workspace !== undefined && roleAt(subject, workspace) === null) {
    return {
      allowed: false,
      status: 404,
      code: 'NOT_FOUND',
      message: `workspace "${workspace}" does not exist`,
      roleNeeded: null,
    };
  }
  const scoped = scopeDecision(subject, action, rule);
  if (!scoped.allowed) return scoped;
  if (action === 'instance.admin') {
    return subject.instanceAdmin
      ? ALLOWED
      : denied('needs an instance administrator (you are not one)', null);
  }
  if (rule.role === null) return ALLOWED;
  if (workspace === undefined) {
    // A workspace action with no workspace named: only who acts as admin everywhere passes.
    return subject.instanceAdmin
      ? ALLOWED
      : denied(`needs the ${rule.role} role in a workspace`, rule.role);
  }
  return workspaceDecision(subject, { ...rule, role: rule.role }, { ...target, workspace });
}

/**
 * The route-level check of a request that writes to several scorecards (a batch of edits): it
 * passes when the action is allowed on the whole workspace or on at least one scorecard the
 * subject's membership is limited to; the handler then decides each item with `decideAccess`.
 */
export function decideAccessSomewhere(
  subject: AccessSubject,
  action: AccessAction,
  workspace: string,
): AccessDecision {
  const whole = decideAccess(subject, action, { workspace });
  if (whole.allowed || whole.status === 404) return whole;
  const limited = subject.memberships.find((m) => m.workspace === workspace)?.scorecards ?? [];
  const somewhere = limited.some((scorecard) => {
    return decideAccess(subject, action, { workspace, scorecard }).allowed;
  });
  return somewhere ? ALLOWED : whole;
}
