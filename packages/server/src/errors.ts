/**
 * The API's error catalog: every error a client can see has one of these stable codes, and
 * `plugins/errors.ts` is the one place that maps a code to an HTTP status. Clients branch on
 * `code`, never on `message` (messages are for people and may improve).
 */
export const API_ERROR_STATUS = {
  /** Malformed input: a body, query or parameter that does not match the route's schema. */
  VALIDATION: 400,
  /** A period outside the period domain (docs/scoring.md §4; years 1000 to 9999). */
  INVALID_PERIOD: 400,
  /**
   * No credentials, or credentials that are not (or no longer) good: a wrong password, an
   * unknown, expired or revoked API token, a session that ended. Sign in again.
   */
  UNAUTHENTICATED: 401,
  /** The principal may not do this (the local owner may do everything; the seam is ready). */
  FORBIDDEN: 403,
  /**
   * A write another web site could have made the browser send: a foreign Origin or Referer, a
   * text/plain or form body, or a body-less POST without the X-Bearing-Request header.
   */
  CROSS_SITE_REQUEST: 403,
  NOT_FOUND: 404,
  /** The export format asked for in Accept is not YAML or JSON. */
  NOT_ACCEPTABLE: 406,
  /** The request, body included, did not arrive within the request timeout. */
  REQUEST_TIMEOUT: 408,
  /** A stale write: someone else changed the entity first; `current` holds what is there now. */
  CONFLICT: 409,
  /** A key that already exists (e.g. importing a scorecard id the workspace already has). */
  DUPLICATE_KEY: 409,
  /** A delete that would orphan other entities. */
  IN_USE: 409,
  /**
   * Removing, demoting or limiting the last administrator of a workspace (or disabling, demoting
   * or removing the last instance administrator): nobody could manage it afterwards.
   */
  LAST_ADMIN: 409,
  /** A body over the size limit, or an import over a count limit; `limit` names it. */
  PAYLOAD_TOO_LARGE: 413,
  /** A path (or one of its parameters) longer than the server reads. */
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** The Host header names a host this server does not answer to (DNS rebinding defence). */
  HOST_NOT_ALLOWED: 421,
  /** A well-formed strategy document that breaks the format's rules; `issues` lists every one. */
  INVALID_STRATEGY: 422,
  /**
   * A values file (CSV/XLSX) with problems; `problems` lists each, located by sheet, row and
   * column, and `rows` holds the rows they are on. Nothing was imported.
   */
  INVALID_VALUES: 422,
  /** An upload that is no CSV or XLSX workbook at all (a damaged file, a CSV sent as XLSX). */
  UNREADABLE_FILE: 422,
  /** A reference to an id that does not exist (a parent, a perspective, a link end…). */
  BROKEN_REFERENCE: 422,
  /** A move that would make objectives roll up into themselves (`parent`, `contributesTo`). */
  CYCLE: 422,
  /** A KPI whose scale cannot be scored (docs/scoring.md §2), e.g. min equal to max. */
  INVALID_SCALE: 422,
  /** A KPI formula that does not parse or calls a function wrongly; the message says where. */
  FORMULA: 422,
  /** A value written for a calculated KPI: its values come from its formula. */
  CALCULATED_KPI: 422,
  /** A limit such as at most 8 perspectives per scorecard. */
  TOO_MANY: 422,
  /** A valid request the domain cannot answer, e.g. "latest period" when there are no values. */
  NO_DATA: 422,
  /**
   * Too many failed sign-ins for this account or from this address; `retryAfter` (seconds, also
   * the Retry-After header) says when to try again.
   */
  RATE_LIMITED: 429,
  /** Request headers larger than the server reads (16 KB). */
  HEADERS_TOO_LARGE: 431,
  INTERNAL: 500,
  /** The database cannot be reached (health check), or is busy with a long write: retry. */
  UNAVAILABLE: 503,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/** The wire shape of every error response. */
export interface ApiErrorBody {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    /** Where the problem is: `query.period`, `params.id`, `body`…; '' when it is the request. */
    readonly path: string;
    readonly [extra: string]: unknown;
  };
}

/** Thrown by routes and services; the error plugin turns it into the response. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly path = '',
    /** Extra fields for the body, e.g. `issues` or `current`. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
