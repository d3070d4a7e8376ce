/**
 * The workspace roles, weakest first, and the scopes an API token can carry. The order matters:
 * a role may do everything the roles before it may (`roleRank`), and so may a scope.
 */
export const ROLES = ['viewer', 'updater', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const TOKEN_SCOPES = ['read', 'values', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isTokenScope(value: unknown): value is TokenScope {
  return typeof value === 'string' && (TOKEN_SCOPES as readonly string[]).includes(value);
}

/** 0 for viewer … 3 for admin: `roleRank(a) >= roleRank(b)` means a may do what b may. */
export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

/** 0 for read … 2 for write: a token allows an action when its scope ranks at least as high. */
export function scopeRank(scope: TokenScope): number {
  return TOKEN_SCOPES.indexOf(scope);
}

/** "a viewer", "an updater": for messages that name a role. */
export function withArticle(role: Role): string {
  return `${role === 'viewer' ? 'a' : 'an'} ${role}`;
}
