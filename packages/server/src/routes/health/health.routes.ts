import { migrationStatus } from '@bearing/db';
import type { App, RouteDeps } from '../../types.ts';
import { type HealthResponse, healthResponse } from './health.schema.ts';

/**
 * Liveness plus database reachability. Reading the migration table proves the database answers
 * and tells an operator whether migrations are pending; an unreachable database is 503 with the
 * same body shape, so a monitor reads one format.
 */
export function healthRoutes(app: App, deps: RouteDeps): void {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'liveness and database reachability',
        response: { 200: healthResponse, 503: healthResponse },
      },
    },
    async (request, reply) => {
      const dialect = deps.db.dialect;
      try {
        const migrations = await migrationStatus(deps.db.db);
        const pending = migrations.filter((m) => m.executedAt === null).map((m) => m.name);
        const body: HealthResponse = {
          status: 'ok',
          database: { dialect, reachable: true, pendingMigrations: pending },
        };
        return body;
      } catch (error) {
        request.log.warn({ err: error }, 'health check: database unreachable');
        return reply.status(503).send({
          status: 'unavailable',
          database: { dialect, reachable: false, pendingMigrations: [] },
        });
      }
    },
  );
}
