import { createDatabase } from '@bearing/db';
import Fastify from 'fastify';
import { sqlScorecardScore } from './api-sql.ts';

/**
 * The baseline's route: `node --import tsx bench/sql-server.ts <database-url>` serves
 * GET /score/:ws/:scorecard/:period with the hand-written SQL query and nothing else (no schema,
 * no cache), so autocannon can load it the same way as the real scores endpoint.
 */
const url = process.argv[2];
if (url === undefined) throw new Error('usage: sql-server.ts <database-url>');
const database = await createDatabase(url);
const app = Fastify({ logger: false });
app.get<{ Params: { ws: string; scorecard: string; period: string } }>(
  '/score/:ws/:scorecard/:period',
  (request) =>
    sqlScorecardScore(
      database.db,
      request.params.ws,
      request.params.scorecard,
      request.params.period,
    ),
);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const port = typeof address === 'object' && address !== null ? address.port : 0;
process.stdout.write(`SQL baseline on http://127.0.0.1:${port}\n`);
const stop = (): void => {
  void app.close().then(() => database.close());
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
