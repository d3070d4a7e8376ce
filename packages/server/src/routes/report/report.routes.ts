import { z } from 'zod';
import type * as RenderModule from '../../render/index.ts';
import { DOCUMENT_CSP } from '../../plugins/security-headers.ts';
import { ApiError } from '../../errors.ts';
import { scorecardMap, scorecardReportHtml } from '../../services/report.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, scorecardParams } from '../common.schema.ts';
import { MEDIA, mapQuery, reportQuery } from './report.schema.ts';

/**
 * The board report (PDF or HTML) and the strategy map (SVG, PNG or PDF) of a scorecard, as
 * downloads: the same core HTML and drawing as `bearing report`, printed by the system Chromium
 * in this process. Without Chromium, PDF and PNG answer 503 and say which format needs none.
 */
export function reportRoutes(app: App, deps: RouteDeps): void {
  const env = { BEARING_CHROMIUM: deps.config.chromium };

  app.get(
    '/api/workspaces/:ws/scorecards/:id/report',
    {
      config: { access: 'read' },
      schema: {
        tags: ['strategy'],
        summary: "a scorecard's board report (as `bearing report`), PDF or HTML, as a download",
        params: scorecardParams,
        querystring: reportQuery,
        produces: [MEDIA.pdf, MEDIA.html],
        response: { 200: z.any().describe('the report'), ...commonErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      const { format, period } = request.query;
      const html = await scorecardReportHtml(deps.db.db, ws, id, period, deps.now());
      const body =
        format === 'html'
          ? html
          : Buffer.from(await printed((r) => r.htmlToPdf(html, env), 'html'));
      // Ids are letters, digits, '.', '_' and '-' (the file format's ID_PATTERN): safe as a name.
      return reply
        .type(MEDIA[format])
        .header('content-disposition', `attachment; filename="${id}-board-report.${format}"`)
        .header('content-security-policy', DOCUMENT_CSP)
        .send(body);
    },
  );

  app.get(
    '/api/workspaces/:ws/scorecards/:id/map',
    {
      config: { access: 'read' },
      schema: {
        tags: ['layout'],
        summary: "a scorecard's strategy map coloured by status, SVG, PNG or PDF, as a download",
        params: scorecardParams,
        querystring: mapQuery,
        produces: [MEDIA.svg, MEDIA.png, MEDIA.pdf],
        response: { 200: z.any().describe('the map'), ...commonErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      const { format, period } = request.query;
      const svg = await scorecardMap(deps.db.db, ws, id, period);
      const body =
        format === 'svg'
          ? svg
          : Buffer.from(await printed((r) => r.svgToImage(svg, format, env), 'svg'));
      return reply
        .type(MEDIA[format])
        .header('content-disposition', `attachment; filename="${id}-strategy-map.${format}"`)
        .header('content-security-policy', DOCUMENT_CSP)
        .send(body);
    },
  );
}

type Render = typeof RenderModule;

/** Prints with Chromium, loaded on the first print only (the API starts without playwright). */
async function printed(
  print: (render: Render) => Promise<Uint8Array>,
  instead: 'html' | 'svg',
): Promise<Uint8Array> {
  const render = await import('../../render/index.ts');
  try {
    return await print(render);
  } catch (error) {
    if (error instanceof render.ChromiumMissingError) {
      throw new ApiError(
        'UNAVAILABLE',
        `${error.message}; or ask for format=${instead}, which needs no browser`,
        'query.format',
      );
    }
    throw error;
  }
}
