import type { CustomerModel } from '../model/customer.ts';

/** `scorecards[].customer` as a document; defaults (kind customer, targeted true) left out. */
export function customerDocument(c: CustomerModel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (c.stakeholders.length > 0) {
    out['stakeholders'] = c.stakeholders.map((s) => ({
      id: s.id,
      name: s.name,
      ...(s.kind === 'customer' ? {} : { kind: s.kind }),
      ...(s.needs.length === 0 ? {} : { needs: [...s.needs] }),
    }));
  }
  if (c.segments.length > 0) {
    out['segments'] = c.segments.map((s) => ({
      id: s.id,
      name: s.name,
      ...(s.description === null ? {} : { description: s.description }),
      ...(s.values.length === 0 ? {} : { values: [...s.values] }),
      ...(s.targeted ? {} : { targeted: false }),
    }));
  }
  if (c.valueProposition !== null) {
    const vp = c.valueProposition;
    out['valueProposition'] = {
      ...(vp.discipline === null ? {} : { discipline: vp.discipline }),
      ...(vp.attributes.length === 0
        ? {}
        : {
            attributes: vp.attributes.map((a) => ({
              attribute: a.attribute,
              objective: a.objective,
            })),
          }),
    };
  }
  if (c.challenges !== undefined && c.challenges.length > 0) {
    out['challenges'] = c.challenges.map((ch) => ({
      id: ch.id,
      name: ch.name,
      ...(ch.description === null ? {} : { description: ch.description }),
      ...(ch.hypotheses.length === 0
        ? {}
        : {
            hypotheses: ch.hypotheses.map((h) => ({
              statement: h.statement,
              ...(h.objectives.length === 0 ? {} : { objectives: [...h.objectives] }),
            })),
          }),
    }));
  }
  return out;
}
