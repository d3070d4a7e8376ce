import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { fakeApi } from './fake-api.ts';
import { QualityPanel } from './QualityPanel.tsx';
import { asFix, buildContext, buildFinding, buildReport } from './test-fixtures.ts';

const SC = '/workspaces/default/scorecards/acme';

const ctx = buildContext({
  kpis: [{ id: 'nps', name: 'Net Promoter Score', objective: 'loyalty' }],
});

const findings = [
  buildFinding({
    rule: 'outcome-as-objective',
    category: 'wording',
    objective: 'loyalty',
    message: '"Earn customer loyalty" names a business outcome (loyalty), not a customer need.',
    why: 'Outcomes are results of meeting needs.',
    suggestion: 'Measure retention as a lagging KPI.',
    fix: asFix({
      kind: 'move-to-kpi',
      objective: 'loyalty',
      kpi: { name: 'Earn customer loyalty', indicator: 'lagging', outcome: 'retention' },
    }),
  }),
  buildFinding({
    objective: 'revenue',
    message: '"Grow repeat revenue" has no leading KPI.',
    fix: asFix({ kind: 'add-kpi', objective: 'revenue', indicator: 'leading' }),
  }),
  buildFinding({
    rule: 'perception-objective',
    category: 'wording',
    severity: 'info',
    objective: 'delivery',
    message: '"Ship orders on time" targets a perception.',
    fix: asFix({ kind: 'rename', objective: 'delivery', to: 'Deliver orders on time' }),
  }),
];

function serve(report = buildReport({ findings })) {
  const api = fakeApi({
    reads: {
      [`${SC}/lint`]: report,
      [`${SC}/objectives`]: { objectives: ctx.objectives },
      [`${SC}/links`]: { links: ctx.links },
      [`${SC}/kpis`]: { kpis: ctx.kpis },
      [`${SC}/initiatives`]: { initiatives: [] },
      [`${SC}/perspectives`]: {
        perspectives: [
          { id: 'financial', name: 'Financial', weight: 1 },
          { id: 'customer', name: 'Customer', weight: 1 },
          { id: 'internal', name: 'Internal Processes', weight: 1 },
        ],
      },
    },
  });
  vi.stubGlobal('fetch', api.fetch);
  return api;
}

function renderPanel(onSelectObjective = vi.fn()) {
  renderWithProviders(
    <QualityPanel ws="default" sc="acme" period={null} onSelectObjective={onSelectObjective} />,
  );
  return onSelectObjective;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('QualityPanel', () => {
  it('shows the score with its word and the findings by category', async () => {
    serve(buildReport({ findings, quality: { ...buildReport().quality, score: 75.9 } }));
    renderPanel();
    expect(await screen.findByText('76')).toBeTruthy();
    expect(screen.getByTestId('quality-level').textContent).toBe('Fair');
    expect(screen.getByText('Strategy quality · 2 warnings, 1 info')).toBeTruthy();
    const wording = screen.getByTestId('category-wording');
    expect(within(wording).getByText('Outcome written as an objective')).toBeTruthy();
    expect(within(wording).getByText('Perception instead of substance')).toBeTruthy();
  });

  it('calls onSelectObjective with the objective of a finding that is clicked', async () => {
    serve();
    const onSelect = renderPanel();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Show "Grow repeat revenue" on the map' }),
    );
    expect(onSelect).toHaveBeenCalledWith('revenue');
  });

  /** The edits of the one batch the fix sent. */
  const batchOf = (api: ReturnType<typeof serve>) =>
    (api.requests.find((r) => r.method === 'POST')?.body as { edits: unknown[] }).edits;
  const EDITS = 'POST /workspaces/default/edits';

  it('adds a leading KPI with one click, as one edit batch', async () => {
    const api = serve();
    renderPanel();
    const fix = await screen.findByRole('button', { name: 'Add a leading KPI' });
    await waitFor(() => expect(fix.hasAttribute('disabled')).toBe(false));
    fireEvent.click(fix);
    await waitFor(() => expect(api.writes()).toEqual([EDITS]));
    expect(batchOf(api)).toEqual([
      {
        op: 'create',
        entity: 'kpi',
        scorecard: 'acme',
        fields: {
          objective: 'revenue',
          id: 'grow-repeat-revenue-leading-indicator',
          name: 'Grow repeat revenue — leading indicator',
          indicator: 'leading',
        },
      },
    ]);
    // Undo needs no look at the change log: the batch id comes back with the write.
    expect(api.requests.some((r) => r.path.endsWith('/changes'))).toBe(false);
  });

  it('renames with the version it read', async () => {
    const api = serve();
    renderPanel();
    const fix = await screen.findByRole('button', { name: 'Rename to "Deliver orders on time"' });
    await waitFor(() => expect(fix.hasAttribute('disabled')).toBe(false));
    fireEvent.click(fix);
    await waitFor(() => expect(api.writes()).toEqual([EDITS]));
    expect(batchOf(api)).toEqual([
      {
        op: 'update',
        entity: 'objective',
        scorecard: 'acme',
        id: 'delivery',
        version: 1,
        fields: { name: 'Deliver orders on time' },
      },
    ]);
  });

  it('asks before a move that deletes KPIs, then adds, re-links and deletes last in one batch', async () => {
    const api = serve();
    renderPanel();
    const fix = await screen.findByRole('button', {
      name: 'Turn into a KPI of "Grow repeat revenue"…',
    });
    await waitFor(() => expect(fix.hasAttribute('disabled')).toBe(false));
    fireEvent.click(fix);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/together with the KPI "Net Promoter Score"/)).toBeTruthy();
    expect(api.writes()).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Turn into a KPI' }));
    await waitFor(() => expect(api.writes()).toEqual([EDITS]));
    const edits = batchOf(api) as { op: string; entity: string }[];
    expect(edits.map((e) => `${e.op} ${e.entity}`)).toEqual([
      'create kpi',
      'create link',
      'delete objective',
    ]);
  });

  it('says so when the strategy passes every check', async () => {
    serve(buildReport());
    renderPanel();
    expect(await screen.findByText('No findings — this strategy passes every check')).toBeTruthy();
    expect(screen.getByText('Quality score 100 of 100.')).toBeTruthy();
    expect(screen.getByTestId('quality-level').textContent).toBe('Good');
  });
});
