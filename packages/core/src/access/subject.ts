import type { Role, TokenScope } from './roles.ts';

/** One workspace an account belongs to; `scorecards` limits the role to those (null: all). */
export interface AccessMembership {
  readonly workspace: string;
  readonly role: Role;
  readonly scorecards: readonly string[] | null;
}

/** What the server knows about who asks; also the shape of `GET /api/auth/me`. */
export interface AccessSubject {
  readonly kind: 'local' | 'account';
  readonly accountId: string | null;
  readonly email: string | null;
  readonly name: string;
  readonly instanceAdmin: boolean;
  readonly memberships: readonly AccessMembership[];
  /** The scope of the API token the request came with; null for a session or local mode. */
  readonly tokenScope: TokenScope | null;
}

/**
 * What the action is done to. `owner` is the owner of the KPI or initiative written: undefined
 * when not known yet (a route-level check; the handler checks each item), null when it has none.
 */
export interface AccessTarget {
  readonly workspace?: string;
  readonly scorecard?: string;
  readonly owner?: string | null;
}

export type AccessDecision =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly status: 403 | 404;
      readonly code: 'FORBIDDEN' | 'NOT_FOUND';
      readonly message: string;
      readonly roleNeeded: Role | null;
    };
