import {
  DEFAULT_PERSPECTIVES,
  DEFAULT_THRESHOLDS,
  type Initiative,
  type Kpi,
  type Link,
  type Objective,
  type Perspective,
  type Scorecard,
  type Strategy,
  type Target,
  type Thresholds,
} from '@bearing/core';

/**
 * Writes a strategy as strategy-file YAML (strategy-file.md), fast enough to emit a 2-million-value
 * enterprise in a moment. Hand-written on purpose: the benchmark measures the real parser, so the
 * text must not come from the code under test, and a general YAML library would take longer to
 * write the file than the parser takes to read it. Block style for structure; each KPI's values as
 * one flow map on one line, the way a person would keep a long series readable in a diff.
 * Fields equal to the file's defaults are left out, as a person would write them.
 */
export function enterpriseToYaml(strategy: Strategy): string {
  const out: string[] = ['bearing: 1'];
  if (strategy.organization !== null) out.push(`organization: ${str(strategy.organization)}`);
  out.push('scorecards:');
  for (const card of strategy.scorecards) writeScorecard(out, card);
  out.push('');
  return out.join('\n');
}

function writeScorecard(out: string[], card: Scorecard): void {
  out.push(`  - id: ${str(card.id)}`, `    name: ${str(card.name)}`);
  optional(out, '    description', card.description);
  optional(out, '    owner', card.owner);
  if (!sameThresholds(card.thresholds, DEFAULT_THRESHOLDS)) {
    out.push(`    thresholds: ${thresholds(card.thresholds)}`);
  }
  if (!samePerspectives(card.perspectives)) {
    out.push('    perspectives:');
    for (const p of card.perspectives) {
      const weight = p.weight === 1 ? '' : `, weight: ${num(p.weight)}`;
      out.push(`      - {id: ${str(p.id)}, name: ${str(p.name)}${weight}}`);
    }
  }
  if (card.objectives.length > 0) out.push('    objectives:');
  for (const objective of card.objectives) writeObjective(out, objective);
  if (card.links.length > 0) out.push('    links:');
  for (const link of card.links) writeLink(out, link);
}

function writeObjective(out: string[], o: Objective): void {
  out.push(
    `      - id: ${str(o.id)}`,
    `        name: ${str(o.name)}`,
    `        perspective: ${str(o.perspective)}`,
  );
  if (o.weight !== 1) out.push(`        weight: ${num(o.weight)}`);
  if (o.rollup !== 'weighted') out.push(`        rollup: ${o.rollup}`);
  optional(out, '        owner', o.owner);
  optional(out, '        description', o.description);
  optional(out, '        parent', o.parent);
  if (o.contributesTo !== null) {
    out.push(
      `        contributesTo: ${str(`${o.contributesTo.scorecard}/${o.contributesTo.objective}`)}`,
    );
  }
  if (o.kpis.length > 0) out.push('        kpis:');
  for (const kpi of o.kpis) writeKpi(out, kpi);
  if (o.initiatives.length > 0) out.push('        initiatives:');
  for (const initiative of o.initiatives) writeInitiative(out, initiative);
}

function writeKpi(out: string[], k: Kpi): void {
  const pad = '            ';
  out.push(`          - id: ${str(k.id)}`, `${pad}name: ${str(k.name)}`);
  optional(out, `${pad}description`, k.description);
  optional(out, `${pad}unit`, k.unit);
  optional(out, `${pad}indicator`, k.indicator);
  if (k.optimization !== 'maximize') out.push(`${pad}optimization: ${k.optimization}`);
  if (k.baseline !== null) out.push(`${pad}baseline: ${num(k.baseline)}`);
  if (k.target !== null) out.push(`${pad}target: ${target(k.target)}`);
  const targets = Object.entries(k.targets);
  if (targets.length > 0) {
    out.push(
      `${pad}targets: {${targets.map(([p, t]) => `${JSON.stringify(p)}: ${target(t)}`).join(', ')}}`,
    );
  }
  if (k.min !== null) out.push(`${pad}min: ${num(k.min)}`);
  if (k.max !== null) out.push(`${pad}max: ${num(k.max)}`);
  if (k.weight !== 1) out.push(`${pad}weight: ${num(k.weight)}`);
  if (k.frequency !== 'monthly') out.push(`${pad}frequency: ${k.frequency}`);
  if (k.aggregation !== 'last') out.push(`${pad}aggregation: ${k.aggregation}`);
  if (k.carryForward) out.push(`${pad}carryForward: true`);
  if (k.thresholds !== null) out.push(`${pad}thresholds: ${thresholds(k.thresholds)}`);
  if (k.allowNegative) out.push(`${pad}allowNegative: true`);
  optional(out, `${pad}owner`, k.owner);
  if (k.values.length === 0) return;
  // One join per KPI: far faster than growing a string value by value across 2 M values.
  const items: string[] = [];
  for (const v of k.values) {
    if (v.comment !== null)
      throw new Error(`enterpriseToYaml cannot write value comments (${k.id})`);
    items.push(periodKey(v.period) + num(v.value));
  }
  out.push(`${pad}values: {${items.join(', ')}}`);
}

const periodKeys = new Map<string, string>();
/** `"2026-01": `, quoted so YAML never reads a key such as 2026 as a number; memoised. */
function periodKey(period: string): string {
  let key = periodKeys.get(period);
  if (key === undefined) {
    key = `${JSON.stringify(period)}: `;
    periodKeys.set(period, key);
  }
  return key;
}

function writeInitiative(out: string[], i: Initiative): void {
  const pad = '            ';
  out.push(`          - id: ${str(i.id)}`, `${pad}name: ${str(i.name)}`);
  optional(out, `${pad}owner`, i.owner);
  optional(out, `${pad}description`, i.description);
  // Dates quoted: YAML 1.1 readers would otherwise turn them into timestamps.
  if (i.start !== null) out.push(`${pad}start: ${JSON.stringify(i.start)}`);
  if (i.due !== null) out.push(`${pad}due: ${JSON.stringify(i.due)}`);
  if (i.budget !== null) out.push(`${pad}budget: ${num(i.budget)}`);
  if (i.spent !== null) out.push(`${pad}spent: ${num(i.spent)}`);
  if (i.progress !== null) out.push(`${pad}progress: ${num(i.progress)}`);
  if (i.status !== 'not-started') out.push(`${pad}status: ${i.status}`);
}

function writeLink(out: string[], link: Link): void {
  if (link.lag !== null) throw new Error('enterpriseToYaml cannot write link lags');
  out.push(`      - from: ${str(link.from)}`, `        to: ${str(link.to)}`);
  optional(out, '        hypothesis', link.hypothesis);
}

function optional(out: string[], key: string, value: string | null): void {
  if (value !== null) out.push(`${key}: ${str(value)}`);
}

// Plain when it cannot be mistaken for anything but a string, even inside a flow map; otherwise
// a JSON string, which is also a valid YAML double-quoted scalar.
const PLAIN = /^[A-Za-z][A-Za-z0-9 ._()/&'-]*$/;
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null)$/i;

function str(s: string): string {
  return PLAIN.test(s) && !s.endsWith(' ') && !RESERVED.test(s) ? s : JSON.stringify(s);
}

function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`enterpriseToYaml cannot write ${n}`);
  return String(n);
}

function target(t: Target): string {
  return typeof t === 'number' ? num(t) : `[${num(t[0])}, ${num(t[1])}]`;
}

function thresholds(t: Thresholds): string {
  return `{green: ${num(t.green)}, amber: ${num(t.amber)}}`;
}

function sameThresholds(a: Thresholds, b: Thresholds): boolean {
  return a.green === b.green && a.amber === b.amber;
}

function samePerspectives(perspectives: readonly Perspective[]): boolean {
  return (
    perspectives.length === DEFAULT_PERSPECTIVES.length &&
    perspectives.every((p, i) => {
      const d = DEFAULT_PERSPECTIVES[i]!;
      return p.id === d.id && p.name === d.name && p.weight === d.weight;
    })
  );
}
