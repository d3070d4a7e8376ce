import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { periodOf } from '../packages/core/src/periods/period.ts';
import { parseStrategyText } from '../packages/core/src/schema/index.ts';
import {
  prepareStrategy,
  scoreAllScorecards,
  type KpiScore,
  type ObjectiveScore,
  type ScorecardScore,
} from '../packages/core/src/scoring/index.ts';

/**
 * Every worked example in docs/scoring.md is a strategy file followed by one or more
 * "As of `P`:" tables of expected numbers. This test parses each file with the real parser,
 * scores it with the real engine and checks every cell, so the user documentation cannot drift
 * from the engine.
 */
const doc = readFileSync(new URL('./scoring.md', import.meta.url), 'utf8');

interface Expectation {
  readonly period: string;
  readonly rows: readonly Record<string, string>[];
}

interface Example {
  readonly title: string;
  readonly yaml: string;
  readonly expectations: readonly Expectation[];
}

function extractExamples(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)];
  return blocks.map((block, i) => {
    const from = block.index + block[0].length;
    const to = blocks[i + 1]?.index ?? markdown.length;
    const titles = [...markdown.slice(0, block.index).matchAll(/^### (.+)$/gm)];
    return {
      title: titles.at(-1)?.[1] ?? `example ${i + 1}`,
      yaml: block[1] ?? '',
      expectations: extractTables(markdown.slice(from, to)),
    };
  });
}

function extractTables(text: string): Expectation[] {
  const out: Expectation[] = [];
  for (const m of text.matchAll(/^As of `([^`]+)`:\n\n((?:\|.*\|\n?)+)/gm)) {
    const lines = (m[2] ?? '').trim().split('\n');
    const cells = (line: string) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim());
    const header = cells(lines[0] ?? '');
    const rows = lines.slice(2).map((line) => {
      const values = cells(line);
      return Object.fromEntries(header.map((h, i) => [h, values[i] ?? '']));
    });
    out.push({ period: m[1] ?? '', rows });
  }
  return out;
}

type AnyNode = ScorecardScore | ScorecardScore['perspectives'][number] | ObjectiveScore | KpiScore;

/** Indexes every node of a run by the names the doc uses: `kpi corp/margin`, … */
function indexNodes(cards: readonly ScorecardScore[]): Map<string, AnyNode> {
  const nodes = new Map<string, AnyNode>();
  const visit = (o: ObjectiveScore) => {
    nodes.set(`objective ${o.scorecard}/${o.id}`, o);
    for (const k of o.kpis) nodes.set(`kpi ${o.scorecard}/${k.id}`, k);
    o.objectives.forEach(visit);
    o.contributors.forEach(visit);
  };
  for (const card of cards) {
    nodes.set(`scorecard ${card.id}`, card);
    for (const p of card.perspectives) {
      nodes.set(`perspective ${card.id}/${p.id}`, p);
      p.objectives.forEach(visit);
    }
  }
  return nodes;
}

/** A documented number is rounded: allow half a unit of its last decimal. */
function expectNumber(actual: unknown, cell: string, where: string) {
  if (cell === 'N/A') {
    expect(actual, where).toBeNull();
    return;
  }
  const decimals = cell.split('.')[1]?.length ?? 0;
  expect(typeof actual, where).toBe('number');
  expect(Math.abs((actual as number) - Number(cell)), where).toBeLessThanOrEqual(
    0.5 * 10 ** -decimals + 1e-12,
  );
}

function checkCell(node: AnyNode, column: string, cell: string, where: string) {
  if (cell === '—' || cell === '') return;
  const fields = node as unknown as Record<string, unknown>;
  switch (column) {
    case 'score':
    case 'value':
    case 'progress':
      expectNumber(fields[column], cell, where);
      return;
    case 'status':
      expect(node.status, where).toBe(cell);
      return;
    case 'coverage': {
      const [scored, total] = cell.split('/').map(Number);
      expect(node.coverage, where).toEqual({ scored, total });
      return;
    }
    case 'stale':
    case 'overdue':
      expect(fields[column], where).toBe(cell === 'yes');
      return;
    default:
      throw new Error(`${where}: docs/scoring.md uses a column the test does not know: ${column}`);
  }
}

const examples = extractExamples(doc);

describe('docs/scoring.md worked examples', () => {
  it('has worked examples, each with at least one table of expected numbers', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) expect(example.expectations, example.title).not.toHaveLength(0);
  });

  describe.each(examples)('$title', (example) => {
    it('parses as a valid strategy file', () => {
      const parsed = parseStrategyText(example.yaml, 'yaml');
      expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    });

    it.each(example.expectations)(
      'gives the documented numbers as of $period',
      ({ period, rows }) => {
        const parsed = parseStrategyText(example.yaml, 'yaml');
        if (!parsed.ok)
          throw new Error(`the example does not parse: ${JSON.stringify(parsed.issues)}`);
        const nodes = indexNodes(
          scoreAllScorecards(prepareStrategy(parsed.value), periodOf(period)),
        );
        for (const row of rows) {
          const name = row.node ?? '';
          const node = nodes.get(name);
          expect(node, `${name} is not in the result`).toBeDefined();
          if (node === undefined) continue;
          for (const [column, cell] of Object.entries(row)) {
            if (column !== 'node')
              checkCell(node, column, cell, `${name} ${column} as of ${period}`);
          }
        }
      },
    );
  });
});

/**
 * The same numbers through the real `bearing score --json`: the CLI prints the engine's objects
 * unchanged, so the documented numbers are what a user sees.
 */
describe('bearing score on the worked examples', () => {
  const bin = fileURLToPath(new URL('../packages/cli/bin/bearing.js', import.meta.url));
  const scratch = mkdtempSync(join(tmpdir(), 'bearing-scoring-doc-'));
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each(examples.map((e, i) => [e.title, e, i] as const))(
    '%s',
    (_, example, i) => {
      const file = join(scratch, `example-${i}.yaml`);
      writeFileSync(file, example.yaml);
      const parsed = parseStrategyText(example.yaml, 'yaml');
      if (!parsed.ok) throw new Error('the example does not parse');
      for (const { period } of example.expectations) {
        const run = spawnSync(
          process.execPath,
          [bin, 'score', file, '--period', period, '--json'],
          {
            encoding: 'utf8',
          },
        );
        expect(run.status, run.stderr).toBe(0);
        const printed = JSON.parse(run.stdout) as { scorecards: unknown };
        const engine = scoreAllScorecards(prepareStrategy(parsed.value), periodOf(period));
        expect(printed.scorecards).toEqual(JSON.parse(JSON.stringify(engine)));
      }
      // One CLI start per documented period (a few seconds each on a busy CI machine).
    },
    120_000,
  );
});
