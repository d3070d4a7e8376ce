import { describe, expect, it } from 'vitest';
import { GEAR, model, objective } from './test-fixtures.ts';
import { buildValueMatrix } from './value-matrix.ts';

const objectives = [objective('performance'), objective('quality')];

describe('buildValueMatrix', () => {
  it('has a column for each attribute valued or delivered, in the standard order', () => {
    const matrix = buildValueMatrix(model(GEAR), objectives);
    expect(matrix.attributes).toEqual(['price', 'quality', 'functionality', 'brand']);
  });

  it('marks what each segment values as delivered, a gap, or unserved when not targeted', () => {
    const matrix = buildValueMatrix(model(GEAR), objectives);
    const states = Object.fromEntries(
      matrix.rows.map((r) => [r.segment.id, r.cells.map((c) => `${c.attribute}:${c.state}`)]),
    );
    expect(states['climbers']).toEqual([
      'price:none',
      'quality:delivered',
      'functionality:delivered',
      'brand:none',
    ]);
    expect(states['hikers']).toEqual([
      'price:none',
      'quality:delivered',
      'functionality:offered',
      'brand:gap',
    ]);
    expect(states['tourists']).toEqual([
      'price:unserved',
      'quality:offered',
      'functionality:offered',
      'brand:none',
    ]);
  });

  it('lists targeted segments first', () => {
    const raw = { ...GEAR, segments: [...GEAR.segments].reverse() };
    const ids = buildValueMatrix(model(raw), objectives).rows.map((r) => r.segment.id);
    expect(ids).toEqual(['hikers', 'climbers', 'tourists']);
  });

  it('does not count an attribute as delivered by an objective the scorecard lacks', () => {
    const matrix = buildValueMatrix(model(GEAR), [objective('quality')]);
    expect(matrix.deliverers.functionality).toEqual([
      { id: 'performance', name: 'performance', exists: false },
    ]);
    const climbers = matrix.rows.find((r) => r.segment.id === 'climbers');
    expect(climbers?.cells.find((c) => c.attribute === 'functionality')?.state).toBe('gap');
  });
});
