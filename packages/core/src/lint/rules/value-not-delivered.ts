import type { ValueAttribute } from '../../model/customer.ts';
import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';

export const id = 'value-not-delivered';
export const severity: Severity = 'info';
export const category: Category = 'customer';
export const description =
  'A targeted segment values an attribute (price, quality, time …) that no objective of the value proposition delivers.';

export function check({ scorecard }: RuleContext): RawFinding[] {
  const section = scorecard.customer ?? null;
  if (section === null) return [];
  const delivered = new Set(section.valueProposition?.attributes.map((a) => a.attribute) ?? []);
  const valuedBy = new Map<ValueAttribute, string[]>();
  for (const segment of section.segments.filter((s) => s.targeted)) {
    for (const a of segment.values) valuedBy.set(a, [...(valuedBy.get(a) ?? []), segment.name]);
  }
  return [...valuedBy]
    .filter(([attribute]) => !delivered.has(attribute))
    .map(([attribute, segments]) => ({
      message: `Nothing delivers ${attribute}, which ${joinNames(segments)} ${segments.length > 1 ? 'value' : 'values'}.`,
      why: 'A targeted segment chose you for what it values; an attribute no objective delivers is either a gap in the strategy or a deliberate choice not to compete on it.',
      suggestion: `Link an objective to ${attribute} in customer.valueProposition.attributes, or decide plainly that you do not compete on it.`,
    }));
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return `"${names[0] ?? ''}"`;
  const quoted = names.map((n) => `"${n}"`);
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}
