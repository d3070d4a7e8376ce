import type { Challenge } from '../model/customer.ts';
import { objectiveId } from '../model/ids.ts';
import type { BuildContext } from './build-kpi.ts';
import { IdScope } from './id-scope.ts';
import type { PathSegments } from './issue-collector.ts';
import { isObject, objectsOf, str, trimmed } from './raw.ts';

/**
 * `customer.challenges`: business challenge → hypotheses about its cause → the objectives that
 * address each. An objective reference that does not resolve is reported with a did-you-mean, so
 * the strategy document never tells a story about an objective the map does not have.
 */
export function buildChallenges(
  raw: unknown,
  path: PathSegments,
  objectives: IdScope,
  ctx: BuildContext,
): Challenge[] {
  const scope = new IdScope('challenge', ctx.issues);
  return objectsOf(raw).flatMap((item, i) => {
    if (!isObject(item)) return [];
    const at = [...path, i];
    const hypotheses = objectsOf(item['hypotheses']).flatMap((h, j) => {
      if (!isObject(h)) return [];
      const ids = objectsOf(h['objectives']).flatMap((ref, k) => {
        if (typeof ref !== 'string') return [];
        if (objectives.has(ref)) return [objectiveId(ref)];
        ctx.issues.add(
          'BROKEN_REFERENCE',
          [...at, 'hypotheses', j, 'objectives', k],
          `no objective "${ref}" in this scorecard to address the challenge`,
          objectives.suggest(ref),
        );
        return [];
      });
      return [{ statement: str(h, 'statement') ?? '', objectives: ids }];
    });
    return [
      {
        id: scope.claim(item, at),
        name: trimmed(item, 'name') ?? '',
        description: str(item, 'description'),
        hypotheses,
      },
    ];
  });
}
