import { type Executor } from '@bearing/db';
import { sql } from 'kysely';

export interface SqlScore {
  readonly score: number | null;
  readonly perspectives: readonly { readonly key: string; readonly score: number | null }[];
}

/**
 * The baseline of the api suite: a scorecard's score as of one period, computed in ONE
 * hand-written SQL query in the same database, the way a developer would write it: each KPI's
 * value for the period scored with the docs/scoring.md §2 formulas (maximize, minimize, range,
 * binary; `none` not scored), weighted averages of KPI scores per objective, of objectives per
 * perspective, of perspectives for the scorecard.
 *
 * It is simpler than the engine on purpose (it is the approach, not a re-implementation): only
 * the value recorded for exactly that period (no aggregation of finer periods, no carry-forward,
 * no per-year targets), the objective tree flattened (sub-objectives count as objectives of their
 * perspective), weighted roll-ups only, no cascade. Its number is printed beside the engine's,
 * not required to match.
 */
export async function sqlScorecardScore(
  db: Executor,
  workspace: string,
  scorecard: string,
  period: string,
): Promise<SqlScore> {
  const { rows } = await sql<{ key: string; score: number | null; total: number | null }>`
    with raw as (
      select k.objective_id, k.weight,
        case k.optimization
          when 'maximize' then (v.value - coalesce(k.min, k.baseline))
            / nullif(coalesce(k.max, k.target) - coalesce(k.min, k.baseline), 0)
          when 'minimize' then (coalesce(k.max, k.baseline) - v.value)
            / nullif(coalesce(k.max, k.baseline) - coalesce(k.min, k.target), 0)
          when 'range' then case
            when v.value >= k.target and v.value <= k.target_high then 1.0
            when v.value < k.target then (v.value - k.min) / nullif(k.target - k.min, 0)
            else (k.max - v.value) / nullif(k.max - k.target_high, 0) end
          when 'binary' then case
            when k.target is null then null
            when k.baseline is not null and k.baseline > k.target
              then case when v.value <= k.target then 1.0 else 0.0 end
            else case when v.value >= k.target then 1.0 else 0.0 end end
        end as x
      from workspaces w
      join scorecards s on s.workspace_id = w.id
      join kpis k on k.scorecard_id = s.id
      join kpi_values v on v.kpi_id = k.id and v.period = ${period}
      where w.key = ${workspace} and s.key = ${scorecard}
    ),
    kpi as (
      select objective_id, weight,
        case when x < 0 then 0.0 when x > 1 then 1.0 else x end as score
      from raw where x is not null
    ),
    obj as (
      select o.perspective_id, o.weight,
        sum(kpi.weight * kpi.score) / nullif(sum(kpi.weight), 0) as score
      from objectives o join kpi on kpi.objective_id = o.id
      group by o.id, o.perspective_id, o.weight
    ),
    persp as (
      select p.key, p.weight, p.position,
        sum(obj.weight * obj.score) / nullif(sum(case when obj.score is not null then obj.weight end), 0) as score
      from perspectives p join obj on obj.perspective_id = p.id
      group by p.id, p.key, p.weight, p.position
    )
    select key, score,
      sum(case when score is not null then weight * score end) over ()
        / nullif(sum(case when score is not null then weight end) over (), 0) as total
    from persp order by position`.execute(db);
  return {
    score: rows[0]?.total ?? null,
    perspectives: rows.map((r) => ({ key: r.key, score: r.score })),
  };
}
