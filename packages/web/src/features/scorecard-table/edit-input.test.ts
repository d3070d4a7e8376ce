import { describe, expect, it } from 'vitest';
import { parseTargetEdit, parseWeightEdit } from './edit-input.ts';

describe('inline edit parsing', () => {
  it('turns a typed weight into a PATCH body', () => {
    expect(parseWeightEdit('objective', ' 2.5 ')).toEqual({ ok: true, body: { weight: 2.5 } });
    expect(parseWeightEdit('perspective', '0')).toEqual({ ok: true, body: { weight: 0 } });
  });

  it("refuses a negative weight with the API schema's message", () => {
    expect(parseWeightEdit('kpi', '-1')).toEqual({
      ok: false,
      message: 'expected a weight of 0 or more (0 = tracked, not counted)',
    });
  });

  it('refuses text and an empty weight', () => {
    expect(parseWeightEdit('kpi', 'heavy')).toEqual({
      ok: false,
      message: "Not a number: 'heavy'",
    });
    expect(parseWeightEdit('kpi', '')).toMatchObject({ ok: false });
  });

  it('reads a single target and a [low, high] range target', () => {
    expect(parseTargetEdit(['1,200'])).toEqual({ ok: true, body: { target: 1200 } });
    expect(parseTargetEdit(['18', '22'])).toEqual({ ok: true, body: { target: [18, 22] } });
  });

  it('asks for both ends of a range and refuses text', () => {
    expect(parseTargetEdit(['18', ''])).toEqual({
      ok: false,
      message: 'Enter both ends of the range',
    });
    expect(parseTargetEdit(['x'])).toEqual({ ok: false, message: "Not a number: 'x'" });
    expect(parseTargetEdit([''])).toEqual({ ok: false, message: 'Enter a target' });
  });
});
