import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mockApi, type MockRequest } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { links, objectives, perspectives, scores } from '../strategy-map/test-fixtures.ts';
import { StrategyMapPage } from '../strategy-map/StrategyMapPage.tsx';
import { evidenceLink, evidenceReport, linkSeries } from './test-fixtures.ts';

const SC = '/workspaces/default/scorecards/acme';

const report = evidenceReport([
  evidenceLink({
    from: 'qa',
    to: 'quality',
    verdict: 'contradicted',
    correlation: -0.62,
    reason: 'returns rose 2 months after QA hours rose, against the hypothesis',
  }),
  evidenceLink({ from: 'skills', to: 'qa', verdict: 'supported' }),
  evidenceLink({ from: 'quality', to: 'loyalty', verdict: 'inconclusive' }),
  evidenceLink({ from: 'loyalty', to: 'revenue', verdict: 'insufficient-data', lag: null }),
]);

function api(): MockRequest[] {
  return mockApi([
    { path: `${SC}/perspectives`, reply: { perspectives } },
    { path: `${SC}/objectives`, reply: { objectives } },
    { path: `${SC}/links`, reply: { links } },
    { path: `${SC}/scores`, reply: scores },
    { path: `${SC}/layout`, reply: { positions: {} } },
    { path: `${SC}/initiatives`, reply: { initiatives: [] } },
    { path: `${SC}/lint`, reply: { scorecard: 'acme', name: 'Acme', findings: [], quality: null } },
    { path: '/workspaces/default/scorecards', reply: { scorecards: [] } },
    { path: `${SC}/evidence`, reply: report },
    {
      path: `${SC}/evidence/qa/quality`,
      reply: linkSeries(
        [0.2, 0.4, 0.6, 0.5],
        [0.7, 0.6, 0.4, 0.3],
        ['2026-01', '2026-02', '2026-03', '2026-04'],
      ),
    },
  ]);
}

async function renderMap(search = '') {
  renderWithProviders(<StrategyMapPage />, {
    url: `/w/default/s/acme/map${search}`,
    path: '/w/:ws/s/:sc/map',
  });
  await waitFor(
    () => expect(screen.getByTestId('strategy-map').getAttribute('data-ready')).toBe('true'),
    { timeout: 15_000 },
  );
}

const arrow = (from: string, to: string) =>
  screen
    .getAllByTestId('map-link')
    .find((el) => el.getAttribute('data-from') === from && el.getAttribute('data-to') === to)!;

describe('the strategy map with evidence', () => {
  beforeAll(async () => {
    await import('elkjs/lib/elk.bundled.js');
  }, 60_000);
  afterEach(() => vi.unstubAllGlobals());

  it('draws each link by its verdict, named in its title, with a legend', async () => {
    api();
    await renderMap();
    await waitFor(() =>
      expect(arrow('qa', 'quality').getAttribute('data-verdict')).toBe('contradicted'),
    );
    expect(arrow('skills', 'qa').getAttribute('data-verdict')).toBe('supported');
    expect(arrow('loyalty', 'revenue').getAttribute('data-verdict')).toBe('insufficient-data');
    const contradicted = arrow('qa', 'quality');
    expect(contradicted.querySelector('title')?.textContent).toContain('Evidence: contradicted');
    expect(contradicted.getAttribute('aria-label')).toMatch(/Evidence: contradicted$/);
    const dash = contradicted.querySelector<SVGPathElement>('.bm-link-path')?.style.strokeDasharray;
    expect(dash).toBe('10 3 2 3');
    const legend = screen.getByRole('group', { name: 'Evidence legend' });
    expect(within(legend).getByText('contradicted')).toBeTruthy();
  });

  it('hides the evidence with the toggle and keeps it hidden from the URL', async () => {
    api();
    await renderMap('?evidence=off');
    const toggle = screen.getByRole('button', { name: 'Evidence' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(arrow('qa', 'quality').getAttribute('data-verdict')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Evidence legend' })).toBeNull();
    fireEvent.click(toggle);
    await waitFor(() =>
      expect(arrow('qa', 'quality').getAttribute('data-verdict')).toBe('contradicted'),
    );
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it("shows each link's verdict in the selected objective's panel", async () => {
    api();
    await renderMap('?selected=qa&panel=details');
    const panel = await screen.findByRole('complementary', { name: /Objective:/ });
    expect(await within(panel).findByText('contradicted')).toBeTruthy();
    expect(within(panel).getByText('supported')).toBeTruthy();
  });

  it('opens a link from the URL with its reason, figures, aligned chart, and still edits it', async () => {
    const requests = api();
    await renderMap('?link=qa-%3Equality');
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText(/against the hypothesis/);
    expect(within(dialog).getByText('-0.62')).toBeTruthy();
    const caption = await within(dialog).findByTestId('link-chart-caption');
    expect(caption.textContent).toContain('shifted 2 months later');
    expect(within(dialog).getByLabelText('Hypothesis')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Delete link' })).toBeTruthy();
    expect(requests.some((r) => r.path === `${SC}/evidence/qa/quality`)).toBe(true);
  });
});
