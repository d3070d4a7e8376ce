import { kpiId } from '../model/ids.ts';
import {
  AGGREGATIONS,
  FREQUENCIES,
  INDICATORS,
  OPTIMIZATIONS,
  type Kpi,
  type KpiValue,
  type Target,
  type Thresholds,
} from '../model/strategy.ts';
import type { Period, PeriodKey } from '../periods/period.ts';
import { CUSTOMER_OUTCOMES } from '../model/customer.ts';
import type { IssueCollector, PathSegments } from './issue-collector.ts';
import type { PeriodCache } from './period-cache.ts';
import { bool, isObject, num, oneOf, oneOfOrNull, str, trimmed, type RawObject } from './raw.ts';
import { checkKpiScale } from './scales.ts';

export interface BuildContext {
  readonly issues: IssueCollector;
  readonly periods: PeriodCache;
}

export function buildKpi(raw: RawObject, id: string, path: PathSegments, ctx: BuildContext): Kpi {
  const optimization = oneOf(raw, 'optimization', OPTIMIZATIONS, 'maximize');
  const indicatorValue = str(raw, 'indicator');
  const kpi: Kpi = {
    id: kpiId(id),
    name: trimmed(raw, 'name') ?? '',
    description: str(raw, 'description'),
    unit: str(raw, 'unit'),
    indicator:
      indicatorValue !== null && (INDICATORS as readonly string[]).includes(indicatorValue)
        ? (indicatorValue as Kpi['indicator'])
        : null,
    optimization,
    baseline: num(raw, 'baseline'),
    target: readTarget(raw['target']),
    targets: buildTargets(raw['targets'], [...path, 'targets'], ctx),
    min: num(raw, 'min'),
    max: num(raw, 'max'),
    weight: num(raw, 'weight') ?? 1,
    frequency: oneOf(raw, 'frequency', FREQUENCIES, 'monthly'),
    aggregation: oneOf(raw, 'aggregation', AGGREGATIONS, 'last'),
    carryForward: bool(raw, 'carryForward') ?? false,
    thresholds: readThresholds(raw['thresholds']),
    allowNegative: bool(raw, 'allowNegative') ?? false,
    owner: str(raw, 'owner'),
    values: buildValues(raw['values'], [...path, 'values'], ctx),
    segment: str(raw, 'segment'),
    outcome: oneOfOrNull(raw, 'outcome', CUSTOMER_OUTCOMES),
  };
  checkKpiScale(kpi, path, ctx.issues);
  return kpi;
}

export function readTarget(value: unknown): Target | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((v) => typeof v === 'number' && Number.isFinite(v))
  ) {
    return [value[0] as number, value[1] as number];
  }
  return null;
}

export function readThresholds(value: unknown): Thresholds | null {
  if (!isObject(value)) return null;
  const green = num(value, 'green');
  const amber = num(value, 'amber');
  return green === null || amber === null ? null : { green, amber };
}

/** Normalises period keys ("2026-q1" → "2026-Q1"), reporting invalid and duplicate keys. */
function normalisedEntries(
  record: unknown,
  path: PathSegments,
  ctx: BuildContext,
): { key: PeriodKey; period: Period; raw: unknown }[] {
  if (!isObject(record)) return [];
  const out: { key: PeriodKey; period: Period; raw: unknown }[] = [];
  const seen = new Set<string>();
  for (const [key, raw] of Object.entries(record)) {
    const parsed = ctx.periods.parse(key);
    if (!parsed.ok) {
      ctx.issues.add('INVALID_PERIOD', [...path, key], parsed.message, null, true);
      continue;
    }
    if (seen.has(parsed.period.key)) {
      ctx.issues.add(
        'INVALID_PERIOD',
        [...path, key],
        `period ${parsed.period.key} is given twice (as "${key}" too)`,
        'keep one entry per period',
        true,
      );
      continue;
    }
    seen.add(parsed.period.key);
    out.push({ key: parsed.period.key, period: parsed.period, raw });
  }
  return out;
}

function buildTargets(
  record: unknown,
  path: PathSegments,
  ctx: BuildContext,
): Record<string, Target> {
  const targets: Record<string, Target> = {};
  for (const { key, raw } of normalisedEntries(record, path, ctx)) {
    const target = readTarget(raw);
    if (target !== null) targets[key] = target;
  }
  return targets;
}

function buildValues(record: unknown, path: PathSegments, ctx: BuildContext): KpiValue[] {
  const entries = normalisedEntries(record, path, ctx);
  const out: { value: KpiValue; period: Period }[] = [];
  for (const { key, period, raw } of entries) {
    if (typeof raw === 'number' && Number.isFinite(raw)) {
      out.push({ value: { period: key, value: raw, comment: null }, period });
    } else if (isObject(raw)) {
      const value = num(raw, 'value');
      if (value !== null)
        out.push({ value: { period: key, value, comment: str(raw, 'comment') }, period });
    }
  }
  // Files usually list periods in order; sort only when they do not.
  let sorted = true;
  for (let i = 1; i < out.length && sorted; i++) {
    const a = out[i - 1]!.period;
    const b = out[i]!.period;
    sorted = a.end < b.end || (a.end === b.end && a.start <= b.start);
  }
  if (!sorted) out.sort((a, b) => a.period.end - b.period.end || a.period.start - b.period.start);
  return out.map((entry) => entry.value);
}
