import { DISCIPLINES } from '../customer/disciplines.ts';
import type { Scorecard } from '../model/strategy.ts';
import type { Block } from './block.ts';

/**
 * The customer section of one scorecard: challenges and their hypotheses, stakeholders,
 * segments with their outcome measures, and the value proposition. `name` turns an objective
 * id of the scorecard into its name.
 */
export function customerBlocks(sc: Scorecard, name: (id: string) => string): Block[] {
  const customer = sc.customer ?? null;
  if (customer === null) return [];
  const out: Block[] = [];
  const challenges = customer.challenges ?? [];
  if (challenges.length > 0) {
    out.push({ kind: 'heading', level: 3, text: 'Challenges and hypotheses' });
    for (const c of challenges) {
      out.push({
        kind: 'paragraph',
        text: `Challenge: ${c.name}${c.description === null ? '' : ` (${c.description})`}`,
      });
      out.push({
        kind: 'list',
        items: c.hypotheses.map((h) =>
          h.objectives.length === 0
            ? `Hypothesis: ${h.statement}`
            : `Hypothesis: ${h.statement} → addressed by ${h.objectives.map(name).join(', ')}`,
        ),
      });
    }
  }
  if (customer.stakeholders.length > 0) {
    out.push({ kind: 'heading', level: 3, text: 'Customers and stakeholders' });
    out.push({
      kind: 'table',
      head: ['Who', 'Kind', 'What they want'],
      rows: customer.stakeholders.map((s) => [s.name, s.kind, s.needs.join('; ')]),
    });
  }
  if (customer.segments.length > 0) {
    out.push({ kind: 'heading', level: 3, text: 'Segments' });
    const kpis = sc.objectives.flatMap((o) => o.kpis);
    out.push({
      kind: 'table',
      head: ['Segment', 'Values most', 'Targeted', 'Outcome measures'],
      rows: customer.segments.map((s) => [
        s.name,
        s.values.join(', '),
        s.targeted ? 'yes' : 'no',
        kpis
          .filter((k) => k.segment === s.id && k.outcome)
          .map((k) => `${k.name} (${String(k.outcome)})`)
          .join('; '),
      ]),
    });
  }
  const vp = customer.valueProposition;
  if (vp !== null) {
    out.push({ kind: 'heading', level: 3, text: 'Value proposition' });
    if (vp.discipline !== null) {
      const d = DISCIPLINES[vp.discipline];
      out.push({ kind: 'paragraph', text: `${d.title} (${d.family}): ${d.customersGet}` });
    }
    if (vp.attributes.length > 0) {
      out.push({
        kind: 'list',
        items: vp.attributes.map((a) => `${a.attribute}: ${name(a.objective)}`),
      });
    }
  }
  return out;
}
