import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { App } from '../types.ts';
import { DOCS_CSP } from './security-headers.ts';

/**
 * OpenAPI 3 generated from the routes' zod schemas (the same schemas that validate requests),
 * served at /api/openapi.json, with interactive docs at /api/docs. Register before the routes:
 * swagger collects them as they are added.
 */
export async function registerOpenApi(app: App, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Bearing API',
        description:
          'Balanced Scorecard strategy data: workspaces, scorecards, scores, history and the change log. See docs/api.md.',
        version,
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: DOCS_CSP });
  app.get(
    '/api/openapi.json',
    {
      config: { access: 'signed-in' },
      schema: { hide: true },
    },
    () => app.swagger(),
  );
}
