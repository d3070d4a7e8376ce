import { MantineProvider } from '@mantine/core';
import { generateStrategy, stringifyStrategy, type Strategy } from '@bearing/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { theme } from '../../app/theme.ts';
import { mockApi } from '../../test/mock-api.ts';
import { storageKey } from './use-wizard-form.ts';
import { EMPTY_FORM, type WizardForm } from './wizard-form.ts';
import { WizardPage } from './WizardPage.tsx';

const NO_SCORECARDS = { path: '/workspaces/default/scorecards', reply: { scorecards: [] } };

const ANSWERED: WizardForm = {
  ...EMPTY_FORM,
  organization: 'Summit Gear',
  segments: [{ name: 'Alpine climbers', description: '', values: ['functionality'] }],
  valueDiscipline: 'product-leadership',
};

function MapStub() {
  const { ws, sc } = useParams();
  return <p>map of {`${ws ?? ''}/${sc ?? ''}`}</p>;
}

function renderWizard(url: string, stored?: WizardForm) {
  if (stored) sessionStorage.setItem(storageKey('default'), JSON.stringify(stored));
  const router = createMemoryRouter(
    [
      { path: '/w/:ws/wizard', element: <WizardPage /> },
      { path: '/w/:ws/s/:sc/map', element: <MapStub /> },
    ],
    { initialEntries: [url] },
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return router;
}

afterEach(() => {
  sessionStorage.clear();
  vi.unstubAllGlobals();
});

/** The strategy as the preview route sends it: the strategy file in JSON. */
const fileOf = (strategy: Strategy): object =>
  JSON.parse(stringifyStrategy(strategy, 'json')) as object;

const step = (router: ReturnType<typeof renderWizard>) =>
  new URLSearchParams(router.state.location.search).get('step');

describe('WizardPage', () => {
  it('says what is missing next to the field and stays on the step', async () => {
    mockApi([NO_SCORECARDS]);
    const router = renderWizard('/w/default/wizard');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Enter the name of your organisation.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Organisation name/ })).toHaveProperty(
      'ariaInvalid',
      'true',
    );
    expect(step(router)).toBeNull();
  });

  it('moves on with the step in the URL once the answer is there, and keeps it for a reload', async () => {
    mockApi([NO_SCORECARDS]);
    const router = renderWizard('/w/default/wizard');
    fireEvent.change(screen.getByRole('textbox', { name: /Organisation name/ }), {
      target: { value: 'Harbour Bikes' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('group', { name: 'Segment 1' });
    expect(step(router)).toBe('segments');
    const saved = JSON.parse(sessionStorage.getItem(storageKey('default')) ?? '{}') as WizardForm;
    expect(saved.organization).toBe('Harbour Bikes');
  });

  it('reads the sector in the user’s words and suggests partners of that sector', async () => {
    mockApi([NO_SCORECARDS]);
    renderWizard('/w/default/wizard');
    expect(screen.getByRole('button', { name: 'Dealers' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: /Sector/ }), {
      target: { value: 'hospice' },
    });
    expect(
      await screen.findByText('Read as health care: the map speaks of patients.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Referring physicians' }));
    const saved = () =>
      JSON.parse(sessionStorage.getItem(storageKey('default')) ?? '{}') as WizardForm;
    await waitFor(() => expect(saved().partners).toEqual(['Referring physicians']));
    expect(saved().sector).toBe('hospice');
    expect(screen.queryByRole('button', { name: 'Dealers' })).toBeNull();
  });

  it('restores saved answers on the step named in the URL', async () => {
    mockApi([NO_SCORECARDS]);
    renderWizard('/w/default/wizard?step=value', ANSWERED);
    const card = await screen.findByRole('radio', { name: 'Product leadership' });
    expect(card.getAttribute('aria-checked')).toBe('true');
  });

  it('sends a link past an unanswered step back to the first one that needs an answer', async () => {
    mockApi([NO_SCORECARDS]);
    const router = renderWizard('/w/default/wizard?step=review', {
      ...ANSWERED,
      valueDiscipline: null,
    });
    await waitFor(() => expect(step(router)).toBe('value'));
  });

  it('previews the generated map, creates it and opens it', async () => {
    const strategy = generateStrategy({
      organization: 'Summit Gear',
      valueDiscipline: 'product-leadership',
      segments: [{ name: 'Alpine climbers', values: ['functionality'] }],
    });
    const requests = mockApi([
      NO_SCORECARDS,
      { method: 'POST', path: '/wizard/preview', reply: fileOf(strategy) },
      {
        method: 'POST',
        path: '/workspaces/default/wizard',
        reply: { scorecards: ['summit-gear'], replaced: 0 },
      },
    ]);
    const router = renderWizard('/w/default/wizard?step=review', ANSWERED);
    expect(await screen.findByText('Summit Gear strategy scorecard')).toBeTruthy();
    expect(screen.getByText('Products that outperform the alternatives')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create strategy map' }));
    await screen.findByText('map of default/summit-gear');
    expect(router.state.location.pathname).toBe('/w/default/s/summit-gear/map');
    expect(requests.find((r) => r.path === '/workspaces/default/wizard')?.body).toEqual({
      organization: 'Summit Gear',
      valueDiscipline: 'product-leadership',
      segments: [{ name: 'Alpine climbers', values: ['functionality'] }],
      outcomes: ['retention', 'satisfaction', 'acquisition'],
    });
    expect(sessionStorage.getItem(storageKey('default'))).toBeNull();
  });

  it('warns before creating a scorecard the workspace already has', async () => {
    const strategy = generateStrategy({
      organization: 'Summit Gear',
      valueDiscipline: 'product-leadership',
      segments: [{ name: 'Alpine climbers' }],
    });
    mockApi([
      { path: '/workspaces/default/scorecards', reply: { scorecards: [{ id: 'summit-gear' }] } },
      { method: 'POST', path: '/wizard/preview', reply: fileOf(strategy) },
    ]);
    renderWizard('/w/default/wizard?step=review', ANSWERED);
    expect(
      await screen.findByText('Workspace “default” already has a scorecard “summit-gear”'),
    ).toBeTruthy();
  });
});
