import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { correlationAt, differences, lagPairs } from '../packages/core/src/evidence/statistics.ts';
import {
  formatCorrelation,
  formatPValue,
  kpiHistory,
  kpiId,
  latestValuePeriod,
  parseStrategyText,
  periodOf,
  periodRange,
  prepareStrategy,
  scorecardEvidence,
  scorecardId,
} from '../packages/core/src/index.ts';

/**
 * The worked example in docs/evidence.md: its strategy file is parsed with the real parser and
 * every number of its tables is recomputed by the real engine, so the page cannot drift from it.
 * (The planted-relation rates are checked by packages/core/src/evidence/planted.test.ts.)
 */
const doc = readFileSync(new URL('./evidence.md', import.meta.url), 'utf8');
const example = doc.slice(doc.indexOf('## Worked example'), doc.indexOf('## How well it works'));
const yaml = /```yaml\n([\s\S]*?)```/.exec(example)?.[1] ?? '';

/** The rows of the markdown table whose header starts with `| first |`, as cell arrays. */
function table(first: string): string[][] {
  const start = example.indexOf(`| ${first} |`);
  const lines = example.slice(start).split('\n');
  const rows = lines.slice(
    2,
    lines.findIndex((l, i) => i > 1 && !l.startsWith('|')),
  );
  return rows.map((l) =>
    l
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim()),
  );
}

function strategy() {
  const parsed = parseStrategyText(yaml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

describe('docs/evidence.md worked example', () => {
  const prepared = prepareStrategy(strategy());
  const corp = scorecardId('corp');
  const months = periodRange(periodOf('2025-01'), periodOf('2026-03'));
  const score = (id: string) => kpiHistory(prepared, corp, kpiId(id), months).map((p) => p.score!);
  const qa = score('qa-hours');
  const returns = score('returns');
  const dq = differences(qa);
  const dr = differences(returns);

  it('shows the two scores and their changes month by month', () => {
    const change = (d: readonly number[], i: number) => (i === 0 ? '' : d[i - 1]!.toFixed(3));
    expect(table('month')).toEqual(
      months.map((m, i) => [
        m.key,
        qa[i]!.toFixed(3),
        change(dq, i),
        returns[i]!.toFixed(3),
        change(dr, i),
      ]),
    );
  });

  it('gives the level correlation it warns about', () => {
    const all = qa.map((_, i) => i);
    const levels = correlationAt(qa, all, returns, all).toFixed(2);
    expect(example).toContain(`their **levels** correlate at ${levels}`);
  });

  it('shows the correlation of the changes at each delay searched', () => {
    expect(table('delay')).toEqual(
      [0, 1, 2, 3].map((lag) => {
        const pairs = lagPairs(dq, dr, lag);
        const n = pairs.cause.length;
        return [
          String(lag),
          String(n),
          n < 12
            ? 'not used: fewer than 12 pairs'
            : correlationAt(dq, pairs.cause, dr, pairs.effect).toFixed(2),
        ];
      }),
    );
  });

  it('gives the result bearing evidence gives', () => {
    const to = periodOf(latestValuePeriod(strategy())!);
    const [link] = scorecardEvidence(prepared, corp, to).links;
    expect(table('link')).toEqual([
      [
        `${link!.from} → ${link!.to}`,
        link!.verdict,
        String(link!.lag),
        formatCorrelation(link!.correlation),
        formatPValue(link!.pValue),
        formatPValue(link!.qValue),
        String(link!.n),
        link!.reason,
      ],
    ]);
  });
});
