import { z } from 'zod';
import { scorecardDocument } from '../../services/document.service.ts';
import { DOCUMENT_CSP } from '../../plugins/security-headers.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, scorecardParams } from '../common.schema.ts';
import { DOCUMENT_MEDIA, documentQuery } from './document.schema.ts';

/**
 * The strategy document (`bearing doc`) of a scorecard, as a download: the scorecard and the
 * scorecards that cascade into it, told from the challenge to the scores.
 */
export function documentRoutes(app: App, deps: RouteDeps): void {
  app.get(
    '/api/workspaces/:ws/scorecards/:id/document',
    {
      config: { access: 'read' },
      schema: {
        tags: ['strategy'],
        summary:
          'the strategy document of a scorecard and its cascade (as `bearing doc`), HTML or Markdown, as a download',
        params: scorecardParams,
        querystring: documentQuery,
        produces: [DOCUMENT_MEDIA.html, DOCUMENT_MEDIA.md],
        response: { 200: z.string().describe('the document'), ...commonErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      const { format, period } = request.query;
      const text = await scorecardDocument(deps.db.db, ws, id, format, period);
      // Ids are letters, digits, '.', '_' and '-' (the file format's ID_PATTERN): safe as a name.
      return reply
        .type(DOCUMENT_MEDIA[format])
        .header('content-disposition', `attachment; filename="${id}-strategy.${format}"`)
        .header('content-security-policy', DOCUMENT_CSP)
        .send(text);
    },
  );
}
