import { OUTCOMES, type CustomerModel, type ValueAttribute } from '@bearing/core';
import { isEmptyCustomer, isOutcome } from './customer-model.ts';
import type { ObjectiveLike } from './scorecard-shape.ts';
import { ATTRIBUTE_INFO, KIND_INFO } from './value-attributes.ts';
import { deliverersByAttribute } from './value-matrix.ts';

/**
 * A gap in the customer perspective, said plainly: what is missing, why it matters, and what to
 * do. `warning` gaps are the ones the linter also flags (or break a reference); `info` ones are
 * choices worth a second look.
 */
export interface Gap {
  readonly id: string;
  readonly severity: 'warning' | 'info';
  readonly title: string;
  readonly why: string;
  readonly action: string;
}

/**
 * `customerSide`: the objectives of the customer perspective (see customer-perspective.ts), checked
 * for a stakeholder; leave it out when the perspectives are not known.
 */
export function detectGaps(
  model: CustomerModel | null,
  objectives: readonly ObjectiveLike[],
  customerSide: readonly ObjectiveLike[] = [],
): Gap[] {
  if (model === null || isEmptyCustomer(model)) {
    return [
      {
        id: 'no-customer-section',
        severity: 'warning',
        title: 'This scorecard does not say who its customers are',
        why: 'Without stakeholders, segments and a value proposition, nothing checks that the customer objectives state what customers want, or that each bet is measured.',
        action:
          'Run the strategy wizard or start from a template, or add a customer section (stakeholders, segments, valueProposition) to the strategy file.',
      },
    ];
  }
  return [
    ...structureGaps(model),
    ...stakeholderGaps(model, objectives),
    ...segmentGaps(model, objectives),
    ...propositionGaps(model, objectives),
    ...unassignedGaps(model, customerSide),
  ];
}

function unassignedGaps(model: CustomerModel, customerSide: readonly ObjectiveLike[]): Gap[] {
  if (model.stakeholders.length === 0) return [];
  const loose = customerSide.filter((o) => (o.stakeholder ?? null) === null && o.parent === null);
  if (loose.length === 0) return [];
  const names = loose.map((o) => `“${o.name}”`).join(', ');
  return [
    {
      id: 'unassigned-objectives',
      severity: 'info',
      title: `${loose.length === 1 ? 'A customer objective does' : `${String(loose.length)} customer objectives do`} not say whose need ${loose.length === 1 ? 'it meets' : 'they meet'}`,
      why: `${names} ${loose.length === 1 ? 'names' : 'name'} no stakeholder, so nothing shows which group it serves.`,
      action: 'Set the stakeholder of each customer objective to the group whose need it states.',
    },
  ];
}

function structureGaps(model: CustomerModel): Gap[] {
  const gaps: Gap[] = [];
  if (model.stakeholders.length === 0) {
    gaps.push({
      id: 'no-stakeholders',
      severity: 'warning',
      title: 'No stakeholders are named',
      why: 'Objectives should state what a specific group needs, in its own words.',
      action: 'Add the customer groups (and partners such as dealers) with their needs.',
    });
  }
  if (!model.segments.some((s) => s.targeted)) {
    gaps.push({
      id: 'no-targeted-segment',
      severity: 'warning',
      title: 'No targeted customer segment',
      why: 'A strategy chooses which customers to win; trying to please everyone wins no one.',
      action: 'Add the segments you target and what each values most (e.g. price, quality, time).',
    });
  }
  const vp = model.valueProposition;
  if (vp === null || (vp.discipline === null && vp.attributes.length === 0)) {
    gaps.push({
      id: 'no-value-proposition',
      severity: 'warning',
      title: 'No value proposition',
      why: 'The value proposition says what you choose to be best at; without it the customer objectives have no common thread.',
      action:
        'Choose a value discipline and link each attribute you compete on to the objective that delivers it.',
    });
  }
  return gaps;
}

function stakeholderGaps(model: CustomerModel, objectives: readonly ObjectiveLike[]): Gap[] {
  const served = new Set(objectives.map((o) => o.stakeholder ?? null));
  return model.stakeholders
    .filter((s) => !served.has(s.id))
    .map((s) => {
      const needs = s.needs.length > 0 ? ` Their needs: ${s.needs.join('; ')}.` : '';
      if (s.kind === 'partner') {
        return {
          id: `stakeholder-${s.id}`,
          severity: 'warning',
          title: `No objective for partner “${s.name}”`,
          why: `Partners sell and serve for you; forgotten on the map, their needs go unmanaged, and so does the channel to your buyers.${needs}`,
          action: `Add a customer objective with stakeholder “${s.id}” stating what they need, e.g. “Attractive margins for partners” under “Achieve and retain win-win partner relations”.`,
        };
      }
      return {
        id: `stakeholder-${s.id}`,
        severity: s.kind === 'customer' ? 'warning' : 'info',
        title: `No objective for ${KIND_INFO[s.kind].label.toLowerCase()} “${s.name}”`,
        why: `Nothing on the map states what this group gets from you.${needs}`,
        action: `Add an objective with stakeholder “${s.id}” phrased as their need (what they get, not what you will do).`,
      } satisfies Gap;
    });
}

function segmentGaps(model: CustomerModel, objectives: readonly ObjectiveLike[]): Gap[] {
  const measured = new Set(
    objectives.flatMap((o) => o.kpis.filter((k) => isOutcome(k.outcome)).map((k) => k.segment)),
  );
  return model.segments
    .filter((s) => s.targeted && !measured.has(s.id))
    .map((s) => ({
      id: `segment-${s.id}`,
      severity: 'warning',
      title: `Targeted segment “${s.name}” has no outcome measures`,
      why: 'Choosing a segment is a bet that the value proposition wins it; only its outcome measures show whether the bet pays off.',
      action: `Add lagging KPIs with segment “${s.id}” and an outcome, e.g. ${OUTCOMES.retention.title.toLowerCase()} or ${OUTCOMES.satisfaction.title.toLowerCase()} of ${s.name}.`,
    }));
}

function propositionGaps(model: CustomerModel, objectives: readonly ObjectiveLike[]): Gap[] {
  const deliverers = deliverersByAttribute(model, objectives);
  const gaps: Gap[] = [];
  for (const [attribute, list] of Object.entries(deliverers) as [
    ValueAttribute,
    typeof deliverers.price,
  ][]) {
    for (const d of list ?? []) {
      if (d.exists) continue;
      gaps.push({
        id: `missing-objective-${attribute}-${d.id}`,
        severity: 'warning',
        title: `The value proposition’s “${ATTRIBUTE_INFO[attribute].label}” points at a missing objective`,
        why: `It names objective “${d.id}”, which this scorecard does not have, so nothing delivers the attribute.`,
        action: 'Link the attribute to an existing objective, or add the objective.',
      });
    }
  }
  const valued = new Map<ValueAttribute, string[]>();
  for (const s of model.segments.filter((x) => x.targeted)) {
    for (const a of s.values) valued.set(a, [...(valued.get(a) ?? []), s.name]);
  }
  for (const [attribute, segments] of valued) {
    if ((deliverers[attribute] ?? []).some((d) => d.exists)) continue;
    const label = ATTRIBUTE_INFO[attribute].label.toLowerCase();
    gaps.push({
      id: `undelivered-${attribute}`,
      severity: 'info',
      title: `Nothing delivers ${label}, which ${joinNames(segments)} ${segments.length > 1 ? 'value' : 'values'}`,
      why: `No objective of the value proposition delivers ${label} (${ATTRIBUTE_INFO[attribute].plain.toLowerCase()}).`,
      action: `Link an objective to ${label} in the value proposition, or decide plainly that you do not compete on it.`,
    });
  }
  return gaps;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
