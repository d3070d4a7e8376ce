/**
 * Renders a component the way the app does: Mantine theme, a fresh query client (no retries, so
 * failures show at once) and a memory router at the given URL.
 *
 * Mantine's test environment turns transitions off: a transition's timer that fired after a test
 * file's jsdom was torn down threw "window is not defined" and failed a CI run.
 */
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { theme } from '../app/theme.ts';

export function renderWithProviders(
  ui: ReactElement,
  { url = '/', path = '*' }: { url?: string; path?: string } = {},
): RenderResult {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path, element: ui }], { initialEntries: [url] });
  return render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
}
