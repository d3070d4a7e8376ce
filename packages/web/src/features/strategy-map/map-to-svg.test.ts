import { describe, expect, it } from 'vitest';
import { layoutMap } from './layout/place.ts';
import { buildMapModel, layoutGraphOf } from './map-model.ts';
import { escapeXml, mapToSvg, wrapText } from './map-to-svg.ts';
import { links, objective, objectives, perspectives, scores } from './test-fixtures.ts';

function exportOf(objectiveList = objectives) {
  const model = buildMapModel({
    perspectives,
    objectives: objectiveList,
    links,
    scores,
    trends: null,
  });
  const layout = layoutMap(layoutGraphOf(model), null);
  return mapToSvg({ title: 'Acme <map>', subtitle: '2026-06', layout, ...model });
}

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('mapToSvg', () => {
  it('is a well-formed SVG document', () => {
    const doc = parse(exportOf());
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe('svg');
    expect(doc.documentElement.getAttribute('width')).toMatch(/^\d+$/);
  });

  it('draws one element per objective, per link and per lane', () => {
    const doc = parse(exportOf());
    expect(doc.querySelectorAll('g.objective')).toHaveLength(objectives.length);
    expect(doc.querySelectorAll('path.link')).toHaveLength(links.length);
    expect(doc.querySelectorAll('g.lane')).toHaveLength(perspectives.length);
    const quality = doc.querySelector('g.objective[data-id="quality"]');
    expect(quality?.getAttribute('data-status')).toBe('red');
    // Status in words, not colour alone.
    expect(quality?.textContent).toContain('Off track · 40%');
  });

  it('escapes names so that markup in them stays text', () => {
    const tricky = objectives.map((o) =>
      o.id === 'revenue' ? objective('revenue', 'financial', { name: `R&D <b>"bold"</b> 'x'` }) : o,
    );
    const svg = exportOf(tricky);
    const doc = parse(svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelector('g.objective[data-id="revenue"]')?.textContent).toContain(
      `R&D <b>"bold"</b>`,
    );
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    expect(doc.querySelector('text')?.textContent).toBe('Acme <map>');
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops characters XML does not allow', () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries and cuts with an ellipsis', () => {
    expect(wrapText('Provide high product quality', 12, 3)).toEqual([
      'Provide high',
      'product',
      'quality',
    ]);
    expect(wrapText('one two three four five six', 8, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
  });
});
