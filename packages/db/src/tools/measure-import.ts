/**
 * Measures saveStrategy/loadStrategy on the synthetic enterprise of @bearing/testing.
 *   node --import tsx packages/db/src/tools/measure-import.ts [scorecards=100] [database-url]
 * Its default 1,000 scorecards × 60 KPIs × 36 monthly values is the 2.16 M-value enterprise.
 * Without a URL it writes a temp SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEnterprise } from '@bearing/testing';
import { createDatabase } from '../create-db.ts';
import { migrateToLatest } from '../migrator.ts';
import { loadStrategy, saveStrategy } from '../strategy-store.ts';

const count = Number(process.argv[2] ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'bearing-measure-'));
const url = process.argv[3] ?? `sqlite:${join(dir, 'bearing.db')}`;
try {
  const strategy = generateEnterprise({ seed: 1, scorecards: count });
  const kpis = strategy.scorecards.flatMap((s) => s.objectives.flatMap((o) => o.kpis));
  const values = kpis.reduce((n, k) => n + k.values.length, 0);
  const database = await createDatabase(url);
  await migrateToLatest(database.db);
  let t = performance.now();
  await saveStrategy(database.db, 'default', strategy, {
    actor: 'measure',
    now: new Date(),
    replace: true,
  });
  const save = (performance.now() - t) / 1000;
  t = performance.now();
  await loadStrategy(database.db, 'default');
  const load = (performance.now() - t) / 1000;
  await database.close();
  const at216 = (save / values) * 2.16e6;
  console.log(
    `${database.dialect}: ${count} scorecards, ${kpis.length} KPIs, ${values} values: save ${save.toFixed(2)} s ` +
      `(${Math.round(values / save)} values/s, ~${at216.toFixed(1)} s for 2.16 M), load ${load.toFixed(2)} s`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
