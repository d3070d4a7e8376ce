import { stringifyStrategy } from '@bearing/core';
import { z } from 'zod';
import { applyWizard, previewWizard } from '../../services/wizard.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { errorBody, workspaceParams } from '../common.schema.ts';
import { importErrors, importQuery } from '../strategy/strategy.schema.ts';
import { writeContext } from '../versioning.ts';
import {
  answersBody,
  answersChecksInHandler,
  answersErrors,
  wizardResponse,
} from './wizard.schema.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The Strategy Map Wizard: answers in (JSON), a whole first strategy map out. `preview` shows
 * the generated strategy without writing (the web wizard's review step); the workspace route
 * imports it in one transaction.
 */
export function wizardRoutes(app: App, deps: RouteDeps): void {
  app.post(
    '/api/wizard/preview',
    {
      config: { access: 'signed-in' },
      validatorCompiler: answersChecksInHandler,
      schema: {
        tags: ['wizard'],
        summary:
          'the strategy the wizard generates from these answers, as a strategy file in JSON; writes nothing',
        body: answersBody,
        produces: [JSON_TYPE],
        response: { 200: z.string().describe('the strategy file (JSON)'), ...answersErrors },
      },
    },
    (request, reply) => {
      // Typed as the answers, but unchecked until the service runs validateAnswers on it.
      const answers: unknown = request.body;
      const strategy = previewWizard(answers);
      void reply.type(JSON_TYPE).send(stringifyStrategy(strategy, 'json'));
    },
  );

  app.post(
    '/api/workspaces/:ws/wizard',
    {
      config: { access: 'strategy.write' },
      validatorCompiler: answersChecksInHandler,
      schema: {
        tags: ['wizard'],
        summary:
          'generate the strategy from these answers and import it into the workspace in one transaction',
        params: workspaceParams,
        querystring: importQuery,
        body: answersBody,
        response: {
          200: wizardResponse,
          ...answersErrors,
          404: errorBody,
          409: importErrors[409],
        },
      },
    },
    async (request) => {
      const { ws } = request.params;
      const answers: unknown = request.body;
      const result = await applyWizard(deps.db.db, ws, answers, {
        ...writeContext(request, deps),
        replace: request.query.replace,
      });
      return { ...result, scorecards: [...result.scorecards] };
    },
  );
}
