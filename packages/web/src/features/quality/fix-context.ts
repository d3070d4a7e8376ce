/** What fix planning reads about the scorecard: the lists with their versions (pure data). */
import type { InitiativeRecord, KpiRecord, Link, ObjectiveRecord } from '../../api/types.ts';

export interface FixContext {
  readonly ws: string;
  readonly sc: string;
  readonly objectives: readonly ObjectiveRecord[];
  readonly links: readonly Pick<Link, 'from' | 'to' | 'hypothesis' | 'lag'>[];
  readonly kpis: readonly Pick<KpiRecord, 'id' | 'name' | 'objective'>[];
  readonly initiatives: readonly Pick<InitiativeRecord, 'id' | 'name' | 'objective'>[];
}

/** Quotes a name as the linter's own messages do, so labels and findings read alike. */
export const q = (name: string): string => `"${name}"`;

export function objectiveName(ctx: Pick<FixContext, 'objectives'>, id: string): string {
  return ctx.objectives.find((o) => o.id === id)?.name ?? id;
}

/** "a", "a and b", "a, b and c" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
