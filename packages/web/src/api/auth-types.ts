/** The shapes of the sign-in, members and tokens endpoints (docs/api.md, "Signing in"). */
import type { AccessSubject, Role, TokenScope } from '@bearing/core';

export type { AccessSubject, Role, TokenScope };

/** GET /api/auth/config: what the sign-in page offers. */
export interface AuthConfig {
  /** local: no accounts yet, everyone is the owner. */
  readonly mode: 'local' | 'accounts';
  /** The first administrator can be created from here (no accounts, loopback). */
  readonly setup: boolean;
  readonly oidc: { readonly label: string } | null;
  readonly minPasswordLength: number;
}

export interface Member {
  readonly accountId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** null: the whole workspace. */
  readonly scorecards: readonly string[] | null;
}

export interface ApiTokenRecord {
  readonly id: string;
  readonly name: string;
  readonly scope: TokenScope;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export interface CreatedToken {
  /** `brg_…`, shown once: the server keeps only its hash. */
  readonly token: string;
  readonly record: ApiTokenRecord;
}
