import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { objectives } from '../strategy-map/test-fixtures.ts';
import { EvidencePage } from './EvidencePage.tsx';
import { evidenceLink, evidenceReport } from './test-fixtures.ts';

const SC = '/workspaces/default/scorecards/acme';

function renderPage(evidence: { status?: number; reply: unknown }) {
  const requests = mockApi([
    { path: `${SC}/objectives`, reply: { objectives } },
    { path: `${SC}/evidence`, ...evidence },
  ]);
  renderWithProviders(<EvidencePage />, {
    url: '/w/default/s/acme/evidence?period=2027-06',
    path: '/w/:ws/s/:sc/evidence',
  });
  return requests;
}

describe('EvidencePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists every link contradicted first, with its reason, figures and a map link', async () => {
    const requests = renderPage({
      reply: evidenceReport([
        evidenceLink({ from: 'skills', to: 'qa', verdict: 'inconclusive', reason: 'no relation' }),
        evidenceLink({ from: 'qa', to: 'quality', reason: 'returns fell after QA rose' }),
        evidenceLink({
          from: 'quality',
          to: 'loyalty',
          verdict: 'contradicted',
          reason: 'loyalty fell as quality rose',
        }),
      ]),
    });
    const items = await screen.findAllByTestId('evidence-item');
    expect(items.map((i) => i.getAttribute('data-verdict'))).toEqual([
      'contradicted',
      'supported',
      'inconclusive',
    ]);
    const first = items[0]!;
    expect(within(first).getByText('loyalty fell as quality rose')).toBeTruthy();
    expect(within(first).getByRole('list', { name: 'Evidence figures' })).toBeTruthy();
    const href = within(first).getByRole('link', { name: 'Show on the map' }).getAttribute('href');
    expect(href).toBe('/w/default/s/acme/map?link=quality-%3Eloyalty&period=2027-06');
    expect(requests.find((r) => r.path === `${SC}/evidence`)?.query.get('to')).toBe('2027-06');
  });

  it('says what to do when the scorecard has no values yet', async () => {
    renderPage({
      status: 422,
      reply: { error: { code: 'NO_DATA', message: 'no values' } },
    });
    expect(await screen.findByText('No values yet')).toBeTruthy();
  });
});
