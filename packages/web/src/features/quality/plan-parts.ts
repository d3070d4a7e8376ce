/** The shape of a planned fix, and the small helpers every plan uses (pure). */
import { slugify } from '@bearing/core';
import type { Lag } from '../../api/types.ts';

export interface ApiCall {
  readonly method: 'POST' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly body?: Readonly<Record<string, unknown>>;
  /** Sent as If-Match. */
  readonly version?: number;
  /** What the call does, for a message when it fails. */
  readonly does: string;
}

export interface FixPlan {
  readonly calls: readonly ApiCall[];
  /** What was done, for the "Fixed: …" notification. */
  readonly done: string;
  /** What applying it does, one sentence each, shown before a destructive fix. */
  readonly effects: readonly string[];
  /** True when it deletes more than the objective's name: KPIs, initiatives, links or children. */
  readonly destructive: boolean;
  /** What it created that the user will want to complete next (a new KPI needs a target…). */
  readonly created: { readonly kind: 'kpi' | 'objective'; readonly id: string } | null;
}

export type PlanResult =
  { readonly ok: true; readonly plan: FixPlan } | { readonly ok: false; readonly reason: string };

const MAX_NAME = 300;

/** An id the scorecard does not use yet, from a name, as the server would default it. */
export function freeId(name: string, taken: Iterable<string>, fallback = 'item'): string {
  const used = new Set(taken);
  const base = slugify(name).slice(0, 90).replace(/-+$/, '') || fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** "3 months" from {count: 3, unit: 'month'}: links are created in the file's syntax. */
export function lagText(lag: Lag): string {
  return `${lag.count} ${lag.unit}${lag.count === 1 ? '' : 's'}`;
}

/** The placeholder name of a KPI added by a fix; the user renames it on the KPI page. */
export function placeholderKpiName(objective: string, indicator: 'leading' | 'lagging'): string {
  const suffix = ` — ${indicator} indicator`;
  return objective.slice(0, MAX_NAME - suffix.length) + suffix;
}

export function ok(plan: FixPlan): PlanResult {
  return { ok: true, plan };
}
