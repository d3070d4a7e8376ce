import { decideAccess } from '@bearing/core';
import { z } from 'zod';
import { principalOf } from '../../plugins/access.ts';
import { importValuesFileAnywhere } from '../../services/off-thread-values-import.ts';
import {
  XLSX_MEDIA_TYPE,
  exportValuesFile,
  importValuesFile,
  type ValuesFileKind,
} from '../../services/values-file.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors } from '../common.schema.ts';
import { assertOwnValues } from '../values/value-owners.ts';
import { writeContext } from '../versioning.ts';
import {
  VALUES_MEDIA_TYPES,
  valuesExportQuery,
  valuesFileParams,
  valuesImportBody,
  valuesImportErrors,
  valuesImportQuery,
  valuesImportResponse,
} from './values-files.schema.ts';

const EXPORT_MEDIA: Readonly<Record<ValuesFileKind, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: XLSX_MEDIA_TYPE,
};

/**
 * Values files in and out (docs/spreadsheets.md): the import takes a CSV or XLSX file's bytes,
 * the export writes the long shape. Registered in their own scope: the import reads its body as
 * raw bytes under the import body limit, which must not leak into the JSON routes.
 */
export function valuesFileRoutes(app: App, deps: RouteDeps): void {
  // A JSON body is no values file: 415 names the types the import reads.
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(
    [...VALUES_MEDIA_TYPES],
    { parseAs: 'buffer', bodyLimit: deps.config.importBodyLimit },
    (_request, body, done) => {
      done(null, body);
    },
  );

  app.post(
    '/api/workspaces/:ws/values/import',
    {
      config: { access: 'values.write', accessPerItem: true },
      bodyLimit: deps.config.importBodyLimit,
      schema: {
        tags: ['values'],
        summary: 'import a values file (CSV or XLSX) all or nothing; ?dryRun=true writes nothing',
        consumes: [...VALUES_MEDIA_TYPES],
        params: valuesFileParams,
        querystring: valuesImportQuery,
        body: valuesImportBody,
        response: { 200: valuesImportResponse, ...valuesImportErrors },
      },
    },
    async (request) => {
      const { ws } = request.params;
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const file = {
        kind: type === XLSX_MEDIA_TYPE ? ('xlsx' as const) : ('csv' as const),
        bytes: request.body,
        scorecard: request.query.scorecard ?? null,
        dryRun: request.query.dryRun,
      };
      const ctx = writeContext(request, deps);
      if (
        !decideAccess(principalOf(request), 'values.write', { workspace: ws, owner: null }).allowed
      ) {
        // Someone who may not write every KPI (an updater, a scorecard-limited member): a dry run
        // says which KPIs the file writes, each is checked, and only then is it imported.
        const preview = await importValuesFile(deps.db.db, ws, { ...file, dryRun: true }, ctx);
        const written = preview.changes.filter((change) => change.kind !== 'unchanged');
        await assertOwnValues(request, deps.db.db, ws, written);
        if (file.dryRun) return preview;
      }
      return importValuesFileAnywhere(deps.db, deps.config.importInlineLimit, ws, file, ctx);
    },
  );

  app.get(
    '/api/workspaces/:ws/values/export',
    {
      config: { access: 'read' },
      schema: {
        tags: ['values'],
        summary: 'every stored value (or one scorecard’s) in the long shape, as CSV or XLSX',
        produces: [EXPORT_MEDIA.csv, EXPORT_MEDIA.xlsx],
        params: valuesFileParams,
        querystring: valuesExportQuery,
        response: { 200: z.any().describe('the values file'), ...commonErrors },
      },
    },
    async (request, reply) => {
      const { ws } = request.params;
      const { format, scorecard } = request.query;
      const file = await exportValuesFile(deps.db.db, ws, format, scorecard ?? null);
      // Keys are letters, digits, '.', '_' and '-' (the file format's ID_PATTERN): safe in a name.
      const name = `${scorecard ?? ws}-values.${format}`;
      return reply
        .type(EXPORT_MEDIA[format])
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(typeof file === 'string' ? file : Buffer.from(file));
    },
  );
}
