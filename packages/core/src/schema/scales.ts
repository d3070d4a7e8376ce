import type { Kpi, Target } from '../model/strategy.ts';
import type { IssueCollector, PathSegments } from './issue-collector.ts';

/**
 * Scale checks from scoring.md §2: a KPI whose scale cannot be scored is a validation error with
 * the field's path, never a silent NaN or a score that runs the wrong way.
 */
export function checkKpiScale(kpi: Kpi, path: PathSegments, issues: IssueCollector): void {
  const at = (field: string | number, ...rest: (string | number)[]) => [...path, field, ...rest];
  if (kpi.min !== null && kpi.max !== null && kpi.min >= kpi.max) {
    issues.add(
      'INVALID_SCALE',
      at('min'),
      `min must be below max (got min ${kpi.min}, max ${kpi.max})`,
    );
  }
  if (kpi.target !== null) checkTarget(kpi, kpi.target, at('target'), issues);
  for (const [period, target] of Object.entries(kpi.targets)) {
    checkTarget(kpi, target, at('targets', period), issues);
  }
  checkPercentSign(kpi, path, issues);
}

function checkTarget(kpi: Kpi, target: Target, path: PathSegments, issues: IssueCollector): void {
  const { optimization, baseline, min, max } = kpi;
  if (optimization === 'none') return;
  if (optimization === 'range') {
    checkRange(kpi, target, path, issues);
    return;
  }
  if (typeof target !== 'number') {
    issues.add(
      'INVALID_SCALE',
      path,
      `a [low, high] target needs optimization: range (this KPI is ${optimization})`,
      'use a single number as the target, or set optimization: range',
    );
    return;
  }
  if (optimization === 'binary') {
    if (baseline !== null && baseline === target) {
      issues.add(
        'INVALID_SCALE',
        path,
        `target equals baseline (${target}): a binary KPI's baseline tells which side of the target is good, so it must differ`,
      );
    }
    return;
  }
  const maximize = optimization === 'maximize';
  if (baseline !== null) {
    if (target === baseline) {
      issues.add(
        'INVALID_SCALE',
        path,
        `target equals baseline (${target}): progress from baseline to target cannot be measured`,
        'set a target different from the baseline',
      );
      return;
    }
    if (maximize && target < baseline) {
      issues.add(
        'INVALID_SCALE',
        path,
        `maximize needs target > baseline (got target ${target}, baseline ${baseline})`,
        'if lower is better, set optimization: minimize',
      );
      return;
    }
    if (!maximize && target > baseline) {
      issues.add(
        'INVALID_SCALE',
        path,
        `minimize needs target < baseline (got target ${target}, baseline ${baseline})`,
        'if higher is better, set optimization: maximize',
      );
      return;
    }
  }
  // The performance scale: maximize uses min ?? baseline .. max ?? target; minimize the mirror.
  const lo = maximize ? (min ?? baseline) : (min ?? target);
  const hi = maximize ? (max ?? target) : (max ?? baseline);
  if (lo === null || hi === null) {
    issues.add(
      'REQUIRED',
      [...path.slice(0, -1), 'baseline'],
      `a ${optimization} KPI with a target needs a baseline (or ${maximize ? 'min' : 'max'}) to measure progress from`,
      'add the value the KPI started from as baseline',
    );
    return;
  }
  if (hi <= lo) {
    issues.add(
      'INVALID_SCALE',
      path,
      `the performance scale is empty: ${maximize ? 'min ?? baseline' : 'min ?? target'} = ${lo} is not below ${maximize ? 'max ?? target' : 'max ?? baseline'} = ${hi}`,
      'check min, max, baseline and target',
    );
  }
}

function checkRange(kpi: Kpi, target: Target, path: PathSegments, issues: IssueCollector): void {
  if (typeof target === 'number') {
    issues.add(
      'INVALID_SCALE',
      path,
      'a range KPI needs target: [low, high]',
      'write the band as a pair, e.g. target: [20, 25]',
    );
    return;
  }
  const [low, high] = target;
  if (low > high) {
    issues.add('INVALID_SCALE', path, `a range target needs low <= high (got [${low}, ${high}])`);
    return;
  }
  if (kpi.min === null || kpi.max === null) {
    issues.add(
      'REQUIRED',
      [...path.slice(0, -1), kpi.min === null ? 'min' : 'max'],
      'a range KPI needs min and max: the score falls to 0 at them',
      'add min and max around the target band',
    );
    return;
  }
  if (!(kpi.min < low && high < kpi.max)) {
    issues.add(
      'INVALID_SCALE',
      path,
      `a range KPI needs min < low <= high < max (got min ${kpi.min}, [${low}, ${high}], max ${kpi.max})`,
    );
  }
}

/** `%` values may be negative only when allowed (scoring.md §2). */
function checkPercentSign(kpi: Kpi, path: PathSegments, issues: IssueCollector): void {
  if (kpi.unit !== '%' || kpi.allowNegative) return;
  const hint = 'if this percentage can be negative (e.g. growth), set allowNegative: true';
  for (const field of ['baseline', 'min', 'max'] as const) {
    const value = kpi[field];
    if (value !== null && value < 0)
      issues.add(
        'INVALID_SCALE',
        [...path, field],
        `a % KPI cannot be negative (got ${value})`,
        hint,
      );
  }
  for (const { period, value } of kpi.values) {
    if (value < 0)
      issues.add(
        'INVALID_SCALE',
        [...path, 'values', period],
        `a % KPI cannot be negative (got ${value})`,
        hint,
      );
  }
}
