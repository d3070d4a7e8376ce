import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { isApiError, isUnauthenticated } from '../api/client.ts';
import { routes } from './routes.tsx';
import { isAuthPage, signInUrl } from './sign-in-redirect.ts';
import { theme } from './theme.ts';

const router = createBrowserRouter(routes);

/** Any 401, from a read or a write: the session is gone, so sign in and come back. */
function toSignIn(error: unknown): void {
  const { pathname, search } = router.state.location;
  if (isUnauthenticated(error) && !isAuthPage(pathname)) {
    void router.navigate(signInUrl({ pathname, search }), { replace: true });
  }
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: toSignIn }),
  mutationCache: new MutationCache({ onError: toSignIn }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A 4xx will not get better by asking again; a dropped connection might.
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400),
      refetchOnWindowFocus: true,
    },
  },
});

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
