import { z } from 'zod';
import { ApiError } from '../../errors.ts';
import { importAnywhere } from '../../services/off-thread-import.ts';
import { exportStrategy, exportWorkbook } from '../../services/strategy.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, errorBody } from '../common.schema.ts';
import { formatOfContentType, negotiateFormat } from './negotiate.ts';
import { writeContext } from '../versioning.ts';
import {
  IMPORT_MEDIA_TYPES,
  exportQuery,
  importBody,
  importErrors,
  importParams,
  importQuery,
  importResponse,
} from './strategy.schema.ts';

const MEDIA: Readonly<Record<'yaml' | 'json' | 'xlsx', string>> = {
  yaml: 'application/yaml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Import and export of whole strategy files. Registered in their own scope: the import reads
 * its body as raw text (JSON too, so issues get the line and column the CLI reports) under a
 * larger body limit than the rest of the API.
 */
export function strategyRoutes(app: App, deps: RouteDeps): void {
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(
    [...IMPORT_MEDIA_TYPES],
    { parseAs: 'buffer', bodyLimit: deps.config.importBodyLimit },
    (_request, body, done) => {
      done(null, body);
    },
  );

  app.post(
    '/api/workspaces/:ws/import',
    {
      config: { access: 'strategy.write' },
      bodyLimit: deps.config.importBodyLimit,
      schema: {
        tags: ['strategy'],
        summary: 'import a strategy file (YAML or JSON by Content-Type) in one transaction',
        consumes: [...IMPORT_MEDIA_TYPES],
        params: importParams,
        querystring: importQuery,
        body: importBody,
        response: { 200: importResponse, ...importErrors },
      },
    },
    async (request) => {
      const { ws } = request.params;
      const { config } = deps;
      const result = await importAnywhere(
        deps.db,
        config.importInlineLimit,
        ws,
        request.body,
        formatOfContentType(request.headers['content-type']),
        {
          ...writeContext(request, deps),
          replace: request.query.replace,
          limits: { maxScorecards: config.importMaxScorecards, maxValues: config.importMaxValues },
        },
      );
      return { ...result, scorecards: [...result.scorecards] };
    },
  );

  app.get(
    '/api/workspaces/:ws/export',
    {
      config: { access: 'read' },
      schema: {
        tags: ['strategy'],
        summary:
          'the workspace as a strategy file (YAML or JSON by Accept or ?format), or as the strategy workbook (?format=xlsx)',
        produces: [MEDIA.yaml, MEDIA.json, MEDIA.xlsx],
        params: importParams,
        querystring: exportQuery,
        response: {
          200: z.any().describe("the strategy file, or the workbook's bytes"),
          ...commonErrors,
          406: errorBody,
        },
      },
    },
    async (request, reply) => {
      const { ws } = request.params;
      const format = request.query.format ?? negotiateFormat(request.headers.accept);
      if (format === null) {
        throw new ApiError(
          'NOT_ACCEPTABLE',
          'the export is YAML (application/yaml) or JSON (application/json)',
          'headers.accept',
        );
      }
      if (format === 'xlsx') {
        const bytes = await exportWorkbook(deps.db.db, ws);
        // Workspace ids are letters, digits, '.', '_' and '-': safe in a file name.
        return reply
          .type(MEDIA.xlsx)
          .header('content-disposition', `attachment; filename="${ws}-strategy.xlsx"`)
          .send(Buffer.from(bytes));
      }
      const text = await exportStrategy(deps.db.db, ws, format);
      return reply.type(MEDIA[format]).send(text);
    },
  );
}
