import { describe, expect, it } from 'vitest';
import { parseStrategyText } from './parse.ts';
import { stringifyStrategy } from './serialize.ts';

const source = (ref: string): string => `bearing: 1
scorecards:
  - id: corp
    name: Corporate
    customer:
      challenges:
        - name: Few customers come back
          description: Returning-customer rate fell from 40% to 28%
          hypotheses:
            - statement: Product quality is the reason
              objectives: [${ref}]
            - statement: Delivery is too slow
    objectives:
      - id: quality
        name: Provide high product quality
        perspective: customer
`;

describe('strategy file: customer challenges', () => {
  it('reads a challenge with its hypotheses and the objectives that address them', () => {
    const parsed = parseStrategyText(source('quality'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value.scorecards[0]?.customer?.challenges).toEqual([
      {
        id: 'few-customers-come-back',
        name: 'Few customers come back',
        description: 'Returning-customer rate fell from 40% to 28%',
        hypotheses: [
          { statement: 'Product quality is the reason', objectives: ['quality'] },
          { statement: 'Delivery is too slow', objectives: [] },
        ],
      },
    ]);
  });

  it('round-trips through the serializer', () => {
    const parsed = parseStrategyText(source('quality'));
    if (!parsed.ok) throw new Error('invalid');
    const again = parseStrategyText(stringifyStrategy(parsed.value, 'yaml'));
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    expect(again.value).toEqual(parsed.value);
  });

  it('reports an objective reference that does not resolve, with a did-you-mean', () => {
    const parsed = parseStrategyText(source('qualty'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        code: 'BROKEN_REFERENCE',
        path: 'scorecards[0].customer.challenges[0].hypotheses[0].objectives[0]',
        hint: 'did you mean "quality"?',
      }),
    ]);
  });

  it('rejects an unknown key in a hypothesis', () => {
    const parsed = parseStrategyText(
      source('quality').replace('statement: Delivery', 'statment: Delivery'),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(
      parsed.issues.some((i) => i.code === 'UNKNOWN_KEY' && i.hint === 'did you mean "statement"?'),
    ).toBe(true);
  });
});
