import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '@bearing/db';
import type { ServerConfig } from './config.ts';

/** The Fastify instance with the zod type provider: route handlers get typed params and bodies. */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What the app is built from; tests pass a test database and a fixed clock. */
export interface AppDeps {
  readonly db: Database;
  readonly config: ServerConfig;
  /** The clock for change-log times; the real one by default. */
  readonly now?: () => Date;
  /**
   * Directory of the built web app to serve at / (index.html, assets/). Unset, or without an
   * index.html: GET / answers a page saying how to build it. `main.ts` passes `config.webRoot`.
   */
  readonly webRoot?: string;
}

/** What route plugins receive: the deps with the clock resolved. */
export interface RouteDeps extends AppDeps {
  readonly now: () => Date;
}
