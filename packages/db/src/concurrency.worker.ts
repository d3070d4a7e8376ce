/**
 * One "server process" for concurrency.test.ts: edits a shared scorecard in a read-then-write
 * loop and writes the same KPI value, printing what happened as JSON.
 *   node --import tsx concurrency.worker.ts <database-url> <workspace> <actor>
 */
import type { PeriodKey } from '@bearing/core';
import { createDatabase } from './create-db.ts';
import { StorageError } from './errors.ts';
import { upsertValue } from './repositories/kpi-value.repository.ts';
import { getScorecard, updateScorecard } from './repositories/scorecard.repository.ts';

const [url = '', ws = '', actor = ''] = process.argv.slice(2);
const database = await createDatabase(url);
const outcomes: string[] = [];
const ctx = { actor, now: new Date() };
for (let i = 0; i < 15; i++) {
  try {
    const current = await getScorecard(database.db, ws, 'shared');
    await updateScorecard(
      database.db,
      ws,
      'shared',
      current.version,
      { description: `${actor} ${i}` },
      ctx,
    );
    outcomes.push('ok');
  } catch (error) {
    outcomes.push(error instanceof StorageError ? error.code : String(error));
  }
}
const value = { period: '2026-01' as PeriodKey, value: 42, comment: 'same everywhere' };
const upsert = await upsertValue(database.db, ws, 'shared', 'k', value, ctx);
await database.close();
console.log(JSON.stringify({ outcomes, upsert }));
