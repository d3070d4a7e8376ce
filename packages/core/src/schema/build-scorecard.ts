import { initiativeId, kpiId, objectiveId, perspectiveId, scorecardId } from '../model/ids.ts';
import {
  DEFAULT_PERSPECTIVES,
  DEFAULT_THRESHOLDS,
  INITIATIVE_STATUSES,
  MAX_PERSPECTIVES,
  ROLLUP_METHODS,
  type Initiative,
  type Kpi,
  type Link,
  type LinkEvidenceKpis,
  type Objective,
  type Perspective,
  type Scorecard,
} from '../model/strategy.ts';
import { buildCustomer, checkCustomerReference } from './build-customer.ts';
import { buildKpi, readThresholds, type BuildContext } from './build-kpi.ts';
import { closest } from './closest.ts';
import { buildObjectiveLint } from './build-lint.ts';
import type { PathSegments } from './issue-collector.ts';
import { IdScope } from './id-scope.ts';
import { parseLag } from './lag.ts';
import { isObject, num, objectsOf, oneOf, str, trimmed, type RawObject } from './raw.ts';

/** Raw `contributesTo` strings, resolved once every scorecard is known. */
export interface PendingContribution {
  readonly scorecard: Scorecard['id'];
  readonly objective: Objective['id'];
  readonly target: string;
  readonly path: PathSegments;
}

export function buildScorecard(
  raw: RawObject,
  key: string,
  path: PathSegments,
  ctx: BuildContext,
  pending: PendingContribution[],
): Scorecard {
  const perspectives = buildPerspectives(raw['perspectives'], [...path, 'perspectives'], ctx);
  const objectiveScope = new IdScope('objective', ctx.issues);
  const kpiScope = new IdScope('KPI', ctx.issues);
  const initiativeScope = new IdScope('initiative', ctx.issues);
  const rawObjectives = objectsOf(raw['objectives']);
  const objectives: Objective[] = [];
  const parents: { id: string; parent: string; path: PathSegments }[] = [];
  // Stakeholder and segment references are resolved once the customer section is built.
  const customerRefs: { kind: 'stakeholder' | 'segment'; id: string; path: PathSegments }[] = [];
  const refOf = (
    item: RawObject,
    key: 'stakeholder' | 'segment',
    at: PathSegments,
  ): string | null => {
    const id = str(item, key);
    if (id !== null) customerRefs.push({ kind: key, id, path: [...at, key] });
    return id;
  };
  rawObjectives.forEach((item, i) => {
    if (!isObject(item)) return;
    const at = [...path, 'objectives', i];
    const id = objectiveScope.claim(item, at);
    const perspective = str(item, 'perspective') ?? '';
    if (
      typeof item['perspective'] === 'string' &&
      !perspectives.some((p) => p.id === perspective)
    ) {
      ctx.issues.add(
        'BROKEN_REFERENCE',
        [...at, 'perspective'],
        `no perspective "${perspective}" in this scorecard`,
        perspectiveHint(perspective, perspectives),
      );
    }
    const parent = str(item, 'parent');
    if (parent !== null) parents.push({ id, parent, path: [...at, 'parent'] });
    const contributesTo = str(item, 'contributesTo');
    if (contributesTo !== null) {
      pending.push({
        scorecard: scorecardId(key),
        objective: objectiveId(id),
        target: contributesTo,
        path: [...at, 'contributesTo'],
      });
    }
    const kpis: Kpi[] = objectsOf(item['kpis']).flatMap((k, j) => {
      if (!isObject(k)) return [];
      const kpiPath = [...at, 'kpis', j];
      const kpi = buildKpi(k, kpiScope.claim(k, kpiPath), kpiPath, ctx);
      return [{ ...kpi, segment: refOf(k, 'segment', kpiPath) }];
    });
    const initiatives = objectsOf(item['initiatives']).flatMap((n, j) =>
      isObject(n)
        ? [
            buildInitiative(
              n,
              initiativeScope.claim(n, [...at, 'initiatives', j]),
              [...at, 'initiatives', j],
              ctx,
            ),
          ]
        : [],
    );
    objectives.push({
      id: objectiveId(id),
      name: trimmed(item, 'name') ?? '',
      perspective: perspectiveId(perspective),
      weight: num(item, 'weight') ?? 1,
      rollup: oneOf(item, 'rollup', ROLLUP_METHODS, 'weighted'),
      owner: str(item, 'owner'),
      description: str(item, 'description'),
      parent: parent === null ? null : objectiveId(parent),
      contributesTo: null,
      kpis,
      initiatives,
      stakeholder: refOf(item, 'stakeholder', at),
      segment: refOf(item, 'segment', at),
      lint: buildObjectiveLint(item['lint'], [...at, 'lint'], ctx),
    });
  });
  const customer = buildCustomer(raw['customer'], [...path, 'customer'], objectiveScope, ctx);
  for (const ref of customerRefs) {
    const scope = ref.kind === 'stakeholder' ? customer.stakeholders : customer.segments;
    checkCustomerReference(scope, ref.kind, ref.id, ref.path, ctx);
  }
  for (const { id, parent, path: at } of parents) {
    if (parent === id) ctx.issues.add('CYCLE', at, `objective "${id}" cannot be its own parent`);
    else if (!objectiveScope.has(parent)) {
      ctx.issues.add(
        'BROKEN_REFERENCE',
        at,
        `no objective "${parent}" in this scorecard to be the parent`,
        objectiveScope.suggest(parent),
      );
    }
  }
  const scorecard: Scorecard = {
    id: scorecardId(key),
    name: trimmed(raw, 'name') ?? '',
    description: str(raw, 'description'),
    owner: str(raw, 'owner'),
    thresholds: readThresholds(raw['thresholds']) ?? DEFAULT_THRESHOLDS,
    perspectives,
    objectives,
    links: buildLinks(raw['links'], [...path, 'links'], objectiveScope, objectives, ctx),
    customer: customer.model,
  };
  return scorecard;
}

function perspectiveHint(id: string, perspectives: readonly Perspective[]): string {
  const ids = perspectives.map((p) => p.id as string);
  const guess = closest(id, ids);
  return `${guess === null ? '' : `did you mean "${guess}"? `}expected one of: ${ids.join(', ')}`;
}

function buildPerspectives(
  raw: unknown,
  path: PathSegments,
  ctx: BuildContext,
): readonly Perspective[] {
  if (!Array.isArray(raw)) return DEFAULT_PERSPECTIVES;
  if (raw.length > MAX_PERSPECTIVES) {
    ctx.issues.add(
      'TOO_MANY',
      path,
      `a scorecard has at most ${MAX_PERSPECTIVES} perspectives (got ${raw.length})`,
      'merge perspectives, or split the strategy into cascaded scorecards',
    );
  }
  if (raw.length === 0)
    ctx.issues.add(
      'REQUIRED',
      path,
      'expected at least one perspective',
      'leave perspectives out to get the default four',
    );
  const scope = new IdScope('perspective', ctx.issues);
  return raw.flatMap((item, i) =>
    isObject(item)
      ? [
          {
            id: perspectiveId(scope.claim(item, [...path, i])),
            name: trimmed(item, 'name') ?? '',
            weight: num(item, 'weight') ?? 1,
          },
        ]
      : [],
  );
}

function buildInitiative(
  raw: RawObject,
  id: string,
  path: PathSegments,
  ctx: BuildContext,
): Initiative {
  const start = checkedDate(raw, 'start', path, ctx);
  const due = checkedDate(raw, 'due', path, ctx);
  if (start !== null && due !== null && due < start) {
    ctx.issues.add('INVALID_TYPE', [...path, 'due'], `due (${due}) is before start (${start})`);
  }
  return {
    id: initiativeId(id),
    name: trimmed(raw, 'name') ?? '',
    owner: str(raw, 'owner'),
    description: str(raw, 'description'),
    start,
    due,
    budget: num(raw, 'budget'),
    spent: num(raw, 'spent'),
    progress: num(raw, 'progress'),
    status: oneOf(raw, 'status', INITIATIVE_STATUSES, 'not-started'),
  };
}

function checkedDate(
  raw: RawObject,
  key: string,
  path: PathSegments,
  ctx: BuildContext,
): string | null {
  const value = str(raw, key);
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const parsed = ctx.periods.parse(value);
  if (!parsed.ok) {
    ctx.issues.add('INVALID_TYPE', [...path, key], parsed.message.replace('period', 'date'));
    return null;
  }
  return value;
}

function buildLinks(
  raw: unknown,
  path: PathSegments,
  objectives: IdScope,
  built: readonly Objective[],
  ctx: BuildContext,
): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  objectsOf(raw).forEach((item, i) => {
    if (!isObject(item)) return;
    const from = str(item, 'from');
    const to = str(item, 'to');
    if (from === null || to === null) return;
    let ok = true;
    for (const [end, id] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!objectives.has(id)) {
        ctx.issues.add(
          'BROKEN_REFERENCE',
          [...path, i, end],
          `no objective "${id}" in this scorecard`,
          objectives.suggest(id),
        );
        ok = false;
      }
    }
    if (from === to) {
      ctx.issues.add('CYCLE', [...path, i], `a link cannot go from objective "${from}" to itself`);
      ok = false;
    }
    if (seen.has(`${from}\u0000${to}`)) {
      ctx.issues.add(
        'DUPLICATE_ID',
        [...path, i],
        `the link ${from} → ${to} is given twice`,
        'keep one link per pair of objectives',
      );
      ok = false;
    }
    seen.add(`${from}\u0000${to}`);
    if (ok) {
      const lagText = str(item, 'lag');
      const evidence = buildLinkEvidence(
        item['evidence'],
        [...path, i, 'evidence'],
        from,
        to,
        built,
        ctx,
      );
      links.push({
        from: objectiveId(from),
        to: objectiveId(to),
        hypothesis: str(item, 'hypothesis'),
        lag: lagText === null ? null : parseLag(lagText),
        // Only when given: links without it stay as they were everywhere they are stored.
        ...(evidence === null ? {} : { evidence }),
      });
    }
  });
  return links;
}

/**
 * `evidence: {cause, effect}`: a KPI of the cause objective and one of the effect's. The shape is
 * the schema's to check; here each id must name a KPI of its own objective.
 */
function buildLinkEvidence(
  raw: unknown,
  path: PathSegments,
  from: string,
  to: string,
  objectives: readonly Objective[],
  ctx: BuildContext,
): LinkEvidenceKpis | null {
  if (!isObject(raw)) return null;
  const cause = str(raw, 'cause');
  const effect = str(raw, 'effect');
  if (cause === null || effect === null) return null;
  const kpisOf = (id: string) => objectives.find((o) => o.id === id)?.kpis.map((k) => k.id) ?? [];
  let ok = true;
  for (const [end, id, owner, other] of [
    ['cause', cause, from, to],
    ['effect', effect, to, from],
  ] as const) {
    const own = kpisOf(owner);
    if (own.includes(kpiId(id))) continue;
    ok = false;
    const elsewhere = kpisOf(other).includes(kpiId(id));
    const near = closest(id, own);
    const hint = elsewhere
      ? `"${id}" is a KPI of "${other}", the other end of the link${own.length === 0 ? '' : `; "${owner}" has ${own.join(', ')}`}`
      : near !== null
        ? `did you mean "${near}"?`
        : own.length === 0
          ? `objective "${owner}" has no KPIs`
          : `objective "${owner}" has ${own.join(', ')}`;
    ctx.issues.add(
      'BROKEN_REFERENCE',
      [...path, end],
      `no KPI "${id}" in objective "${owner}", the link's ${end}`,
      hint,
    );
  }
  return ok ? { cause: kpiId(cause), effect: kpiId(effect) } : null;
}
