import { kpiId } from '../model/ids.ts';
import { KPI_DEFAULTS } from '../model/kpi-defaults.ts';
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
import { comparePeriods, type Period } from '../periods/period.ts';
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
  const optimization = oneOf(raw, 'optimization', OPTIMIZATIONS, KPI_DEFAULTS.optimization);
  const indicatorValue = str(raw, 'indicator');
  const formula = trimmed(raw, 'formula');
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
    weight: num(raw, 'weight') ?? KPI_DEFAULTS.weight,
    frequency: oneOf(raw, 'frequency', FREQUENCIES, KPI_DEFAULTS.frequency),
    aggregation: oneOf(raw, 'aggregation', AGGREGATIONS, KPI_DEFAULTS.aggregation),
    carryForward: bool(raw, 'carryForward') ?? KPI_DEFAULTS.carryForward,
    thresholds: readThresholds(raw['thresholds']),
    allowNegative: bool(raw, 'allowNegative') ?? KPI_DEFAULTS.allowNegative,
    owner: str(raw, 'owner'),
    // Present only on a calculated KPI, so models built in code compare equal to parsed ones.
    ...(formula === null ? {} : { formula }),
    values: buildValues(raw['values'], [...path, 'values'], ctx),
    segment: str(raw, 'segment'),
    outcome: oneOfOrNull(raw, 'outcome', CUSTOMER_OUTCOMES),
  };
  checkKpiScale(kpi, path, ctx.issues);
  if (formula !== null) checkCalculatedFields(raw, path, ctx);
  return kpi;
}

/** What a formula replaces cannot also be given: the values and how they fold come from inputs. */
function checkCalculatedFields(raw: RawObject, path: PathSegments, ctx: BuildContext): void {
  const why: Record<string, string> = {
    values: 'a calculated KPI has no values of its own: its formula computes them',
    aggregation: 'a calculated KPI is not aggregated: each input folds by its own aggregation',
    carryForward: 'a calculated KPI does not carry values forward: its inputs do',
  };
  for (const field of Object.keys(why)) {
    if (raw[field] === undefined) continue;
    ctx.issues.add(
      'FORMULA',
      [...path, field],
      why[field]!,
      field === 'values'
        ? 'remove the values, or remove the formula to enter values by hand'
        : `remove ${field}, or set it on the KPIs the formula uses`,
      true,
    );
  }
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

/**
 * Visits a period-keyed record with normalised keys ("2026-q1" → "2026-Q1"), reporting invalid
 * and duplicate keys. A visitor rather than a list: large files hold millions of values, and
 * intermediate entry objects were a measurable share of parse time.
 */
function forEachPeriod(
  record: unknown,
  path: PathSegments,
  ctx: BuildContext,
  visit: (period: Period, raw: unknown) => void,
): void {
  if (!isObject(record)) return;
  // A period can only appear twice when one of its keys is not in canonical form ("2026-q1"
  // beside "2026-Q1"), so only those keys need the duplicate check.
  const aliases = new Set<string>();
  for (const key in record) {
    const raw = record[key];
    const parsed = ctx.periods.parse(key);
    if (!parsed.ok) {
      ctx.issues.add('INVALID_PERIOD', [...path, key], parsed.message, null, true);
      continue;
    }
    const normalised = parsed.period.key;
    if (normalised !== key) {
      if (Object.hasOwn(record, normalised) || aliases.has(normalised)) {
        ctx.issues.add(
          'INVALID_PERIOD',
          [...path, key],
          `period ${normalised} is given twice: "${key}" is another spelling of it`,
          'keep one entry per period',
          true,
        );
        continue;
      }
      aliases.add(normalised);
    }
    visit(parsed.period, raw);
  }
}

function buildTargets(
  record: unknown,
  path: PathSegments,
  ctx: BuildContext,
): Record<string, Target> {
  const targets: Record<string, Target> = {};
  forEachPeriod(record, path, ctx, (period, raw) => {
    const target = readTarget(raw);
    if (target !== null) targets[period.key] = target;
  });
  return targets;
}

function buildValues(record: unknown, path: PathSegments, ctx: BuildContext): KpiValue[] {
  const values: KpiValue[] = [];
  const periods: Period[] = [];
  forEachPeriod(record, path, ctx, (period, raw) => {
    if (typeof raw === 'number' && Number.isFinite(raw)) {
      values.push({ period: period.key, value: raw, comment: null });
    } else if (isObject(raw)) {
      const value = num(raw, 'value');
      if (value === null) return;
      values.push({ period: period.key, value, comment: str(raw, 'comment') });
    } else {
      return;
    }
    periods.push(period);
  });
  // Files usually list periods in order; sort only when they do not.
  for (let i = 1; i < periods.length; i++) {
    if (comparePeriods(periods[i - 1]!, periods[i]!) > 0) return sortByPeriod(values, periods);
  }
  return values;
}

function sortByPeriod(values: KpiValue[], periods: Period[]): KpiValue[] {
  const order = values.map((_, i) => i).sort((a, b) => comparePeriods(periods[a]!, periods[b]!));
  return order.map((i) => values[i]!);
}
