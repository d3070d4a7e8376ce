import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { theme } from '../../app/theme.ts';
import { mockApi, type MockRequest } from '../../test/mock-api.ts';
import { TemplateGalleryPage } from './TemplateGalleryPage.tsx';
import type { TemplateSummary } from './templates.api.ts';

const template = (over: Partial<TemplateSummary>): TemplateSummary => ({
  name: 'hospice',
  title: 'Hospice (health care)',
  description: 'Patients and families as customers',
  organization: 'St. Brigid Hospice',
  scorecards: 1,
  perspectives: ['Financial', 'Customer', 'Internal', 'Learning'],
  objectives: 10,
  kpis: 24,
  initiatives: 10,
  links: 10,
  stakeholders: 3,
  segments: 2,
  disciplines: ['customer-intimacy'],
  ...over,
});

const TEMPLATES = [
  template({}),
  template({
    name: 'city-council',
    title: 'City council (public sector)',
    organization: 'City of Riverton',
    disciplines: [],
  }),
];

function MapStub() {
  const { ws, sc } = useParams();
  return <p>map of {`${ws ?? ''}/${sc ?? ''}`}</p>;
}

function renderGallery(url = '/w/default/templates') {
  const router = createMemoryRouter(
    [
      { path: '/w/:ws/templates', element: <TemplateGalleryPage /> },
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
  vi.unstubAllGlobals();
});

describe('TemplateGalleryPage', () => {
  it('shows a card per template with its discipline, organisation and counts', async () => {
    mockApi([{ path: '/templates', reply: { templates: TEMPLATES } }]);
    renderGallery();
    const card = await screen.findByRole('article', { name: 'Hospice (health care)' });
    expect(within(card).getByText('Customer intimacy')).toBeTruthy();
    expect(within(card).getByText('health care · St. Brigid Hospice')).toBeTruthy();
    expect(within(card).getByText(/10 objectives · 24 KPIs · 10 links/)).toBeTruthy();
    expect(screen.getByRole('article', { name: 'City council (public sector)' })).toBeTruthy();
  });

  it('filters by discipline from the URL', async () => {
    mockApi([{ path: '/templates', reply: { templates: TEMPLATES } }]);
    renderGallery('/w/default/templates?discipline=other');
    await screen.findByRole('article', { name: 'City council (public sector)' });
    expect(screen.queryByRole('article', { name: 'Hospice (health care)' })).toBeNull();
  });

  it('applies a template and opens its map', async () => {
    const requests = mockApi([
      { path: '/templates', reply: { templates: TEMPLATES } },
      {
        method: 'POST',
        path: '/workspaces/default/templates/hospice/apply',
        reply: { scorecards: ['hospice'], replaced: 0 },
      },
    ]);
    const router = renderGallery();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Use the template Hospice (health care)' }),
    );
    await screen.findByText('map of default/hospice');
    expect(router.state.location.pathname).toBe('/w/default/s/hospice/map');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('offers a new workspace when the scorecard already exists, and applies it there', async () => {
    const requests = mockApi([
      { path: '/templates', reply: { templates: TEMPLATES } },
      { path: '/workspaces', reply: { workspaces: [{ key: 'default', name: 'Default' }] } },
      {
        method: 'POST',
        path: '/workspaces/default/templates/hospice/apply',
        reply: () => ({
          status: 409,
          body: {
            error: {
              code: 'DUPLICATE_KEY',
              message: 'scorecard "hospice" already exists: workspace "default" already has it',
            },
          },
        }),
      },
      {
        method: 'POST',
        path: '/workspaces',
        reply: (r: MockRequest) => ({ status: 201, body: { ...(r.body as object), version: 1 } }),
      },
      {
        method: 'POST',
        path: '/workspaces/st-brigid-hospice/templates/hospice/apply',
        reply: { scorecards: ['hospice'], replaced: 0 },
      },
    ]);
    renderGallery();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Use the template Hospice (health care)' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Nothing was changed/)).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: /Workspace key/ })).toHaveProperty(
      'value',
      'st-brigid-hospice',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create workspace and add it' }));
    await screen.findByText('map of st-brigid-hospice/hospice');
    expect(requests.find((r) => r.method === 'POST' && r.path === '/workspaces')?.body).toEqual({
      key: 'st-brigid-hospice',
      name: 'St. Brigid Hospice',
    });
  });
});
