/** A person who signs in. Emails are unique case-insensitively (`email_lower`). */
export interface AccountTable {
  id: string;
  /** As the person typed it; shown and used for "own KPI" matching (case-insensitively). */
  email: string;
  email_lower: string;
  name: string;
  /** argon2id; null for an account that signs in only by link or single sign-on. */
  password_hash: string | null;
  /** 0/1: manages accounts, creates workspaces, sees every workspace. */
  instance_admin: number;
  /** 0/1: a disabled account cannot sign in and its tokens stop working. */
  disabled: number;
  created_at: string;
  password_changed_at: string | null;
}

/** An account's role in one workspace, optionally limited to listed scorecards. */
export interface MembershipTable {
  workspace_id: string;
  account_id: string;
  role: string;
  /** JSON array of scorecard keys; null: the whole workspace. */
  scorecards_json: string | null;
  created_at: string;
}

/** A signed-in browser. Only the SHA-256 of the cookie's value is stored. */
export interface SessionTable {
  id_hash: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
  /** Absolute expiry: set at sign-in, never extended. */
  expires_at: string;
  /** Moves forward with use; a session unused this long ends. */
  idle_expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

/** A personal API token. Only the SHA-256 of the token is stored. */
export interface ApiTokenTable {
  id: string;
  account_id: string;
  name: string;
  scope: string;
  token_hash: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A one-time sign-in link (`bearing users add` without a password). */
export interface SignInLinkTable {
  token_hash: string;
  account_id: string;
  expires_at: string;
  used_at: string | null;
}

/** Failed sign-ins in the current window, per account or per address, shared by all processes. */
export interface SignInAttemptTable {
  key: string;
  window_start: string;
  failures: number;
}
