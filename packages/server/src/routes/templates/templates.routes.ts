import { z } from 'zod';
import { stringifyStrategy } from '@bearing/core';
import {
  applyTemplate,
  templateStrategy,
  templateSummaries,
} from '../../services/template.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { errorBody } from '../common.schema.ts';
import { importErrors } from '../strategy/strategy.schema.ts';
import { writeContext } from '../versioning.ts';
import {
  applyParams,
  applyQuery,
  applyResponse,
  templateList,
  templateNotFound,
  templateParams,
} from './templates.schema.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The shipped strategy templates (@bearing/templates): a gallery, a preview of each as a
 * strategy file in JSON (the export's shape), and applying one to a workspace through the import.
 */
export function templateRoutes(app: App, deps: RouteDeps): void {
  app.get(
    '/api/templates',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['templates'],
        summary: 'the shipped strategy templates, with counts for a gallery card',
        response: { 200: templateList },
      },
    },
    () => ({ templates: templateSummaries() }),
  );

  app.get(
    '/api/templates/:name',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['templates'],
        summary: 'one template as a strategy file in JSON (the shape of the JSON export)',
        produces: [JSON_TYPE],
        params: templateParams,
        response: {
          200: z.string().describe('the strategy file (JSON)'),
          400: errorBody,
          404: templateNotFound,
        },
      },
    },
    (request, reply) => {
      const text = stringifyStrategy(templateStrategy(request.params.name), 'json');
      void reply.type(JSON_TYPE).send(text);
    },
  );

  app.post(
    '/api/workspaces/:ws/templates/:name/apply',
    {
      config: { access: 'strategy.write' },
      schema: {
        tags: ['templates'],
        summary:
          'import a template into the workspace in one transaction (as POST …/import of its file)',
        params: applyParams,
        querystring: applyQuery,
        response: {
          200: applyResponse,
          400: errorBody,
          404: templateNotFound,
          409: importErrors[409],
        },
      },
    },
    async (request) => {
      const { ws, name } = request.params;
      const result = await applyTemplate(deps.db.db, ws, name, {
        ...writeContext(request, deps),
        replace: request.query.replace,
      });
      return { ...result, scorecards: [...result.scorecards] };
    },
  );
}
