import { Document, isMap, isPair, isScalar, visit } from 'yaml';
import { KPI_DEFAULTS } from '../model/kpi-defaults.ts';
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
  type Thresholds,
} from '../model/strategy.ts';
import { customerDocument } from './serialize-customer.ts';
import { formatLag } from './lag.ts';
import type { StrategyFormat } from './parse.ts';

/**
 * The strategy as a plain strategy-file document. Fields equal to their defaults are left out, so
 * an exported file reads like one a person wrote; parsing it again gives an equal Strategy.
 */
export function toStrategyDocument(strategy: Strategy): Record<string, unknown> {
  return compact({
    bearing: 1,
    organization: strategy.organization,
    scorecards: strategy.scorecards.map(scorecardDocument),
    lint: strategy.lint ?? null,
  });
}

/** The strategy as strategy-file text (YAML or JSON). */
export function stringifyStrategy(strategy: Strategy, format: StrategyFormat): string {
  const document = toStrategyDocument(strategy);
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  const doc = new Document(document);
  quotePeriodKeys(doc);
  return doc.toString({ lineWidth: 0 });
}

function scorecardDocument(s: Scorecard): Record<string, unknown> {
  return compact({
    id: s.id,
    name: s.name,
    description: s.description,
    owner: s.owner,
    thresholds: sameThresholds(s.thresholds, DEFAULT_THRESHOLDS) ? null : s.thresholds,
    perspectives: isDefaultPerspectives(s.perspectives)
      ? null
      : s.perspectives.map(perspectiveDocument),
    objectives: s.objectives.map(objectiveDocument),
    links: s.links.length === 0 ? null : s.links.map(linkDocument),
    customer: s.customer ? customerDocument(s.customer) : null,
  });
}

function perspectiveDocument(p: Perspective): Record<string, unknown> {
  return compact({ id: p.id, name: p.name, weight: p.weight === 1 ? null : p.weight });
}

function objectiveDocument(o: Objective): Record<string, unknown> {
  return compact({
    id: o.id,
    name: o.name,
    perspective: o.perspective,
    weight: o.weight === 1 ? null : o.weight,
    rollup: o.rollup === 'weighted' ? null : o.rollup,
    owner: o.owner,
    description: o.description,
    parent: o.parent,
    contributesTo:
      o.contributesTo === null ? null : `${o.contributesTo.scorecard}/${o.contributesTo.objective}`,
    kpis: o.kpis.length === 0 ? null : o.kpis.map(kpiDocument),
    initiatives: o.initiatives.length === 0 ? null : o.initiatives.map(initiativeDocument),
    stakeholder: o.stakeholder,
    segment: o.segment,
    lint: o.lint,
  });
}

function kpiDocument(k: Kpi): Record<string, unknown> {
  return compact({
    id: k.id,
    name: k.name,
    description: k.description,
    unit: k.unit,
    indicator: k.indicator,
    optimization: k.optimization === KPI_DEFAULTS.optimization ? null : k.optimization,
    baseline: k.baseline,
    target: k.target,
    targets: Object.keys(k.targets).length === 0 ? null : k.targets,
    min: k.min,
    max: k.max,
    weight: k.weight === KPI_DEFAULTS.weight ? null : k.weight,
    frequency: k.frequency === KPI_DEFAULTS.frequency ? null : k.frequency,
    aggregation: k.aggregation === KPI_DEFAULTS.aggregation ? null : k.aggregation,
    carryForward: k.carryForward ? true : null,
    thresholds: k.thresholds,
    allowNegative: k.allowNegative ? true : null,
    owner: k.owner,
    formula: k.formula ?? null,
    values:
      k.values.length === 0
        ? null
        : Object.fromEntries(
            k.values.map((v) => [
              v.period,
              v.comment === null ? v.value : { value: v.value, comment: v.comment },
            ]),
          ),
    segment: k.segment,
    outcome: k.outcome,
  });
}

function initiativeDocument(i: Initiative): Record<string, unknown> {
  return compact({
    id: i.id,
    name: i.name,
    description: i.description,
    owner: i.owner,
    start: i.start,
    due: i.due,
    budget: i.budget,
    spent: i.spent,
    progress: i.progress,
    status: i.status === 'not-started' ? null : i.status,
  });
}

function linkDocument(l: Link): Record<string, unknown> {
  return compact({
    from: l.from,
    to: l.to,
    hypothesis: l.hypothesis,
    lag: l.lag === null ? null : formatLag(l.lag),
    evidence: l.evidence ?? null,
  });
}

function compact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== null && v !== undefined),
  );
}

function sameThresholds(a: Thresholds, b: Thresholds): boolean {
  return a.green === b.green && a.amber === b.amber;
}

function isDefaultPerspectives(perspectives: readonly Perspective[]): boolean {
  return (
    perspectives.length === DEFAULT_PERSPECTIVES.length &&
    perspectives.every((p, i) => {
      const d = DEFAULT_PERSPECTIVES[i]!;
      return p.id === d.id && p.name === d.name && p.weight === d.weight;
    })
  );
}

/**
 * Period keys and dates are quoted in YAML output: other YAML 1.1 tools would otherwise read
 * `2026-03-15` as a timestamp and `2026` as a number.
 */
function quotePeriodKeys(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = pair.key;
      if ((key.value === 'values' || key.value === 'targets') && isMap(pair.value)) {
        for (const item of pair.value.items) if (isScalar(item.key)) item.key.type = 'QUOTE_DOUBLE';
      }
      if ((key.value === 'start' || key.value === 'due') && isScalar(pair.value)) {
        pair.value.type = 'QUOTE_DOUBLE';
      }
    },
  });
}

/**
 * One entity in the file's syntax, as a strategy document would hold it: how a revert turns a
 * change-log snapshot (domain JSON) back into an edit the file's checks can judge.
 */
export const entityDocument = {
  scorecard: scorecardDocument,
  perspective: perspectiveDocument,
  objective: objectiveDocument,
  kpi: kpiDocument,
  initiative: initiativeDocument,
  link: linkDocument,
} as const;
