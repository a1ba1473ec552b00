import '@mantine/core/styles.css';
import './styles.css';
import './controls.css';
import './frame.css';
import { MantineProvider } from '@mantine/core';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ApiError } from './api/client';
import { meQueryKey } from './features/session/queries';
import { currentLanguage, i18n, loadLanguage } from './i18n';
import { buildRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

const queryCache = new QueryCache({
  onError: (error, query) => {
    // A session that ended elsewhere (expired, signed out in another tab): back to sign-in, then back here.
    if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== meQueryKey[0]) {
      queryClient.setQueryData(meQueryKey, null);
      const here = router.state.location.href;
      void router.navigate({ to: '/anmelden', search: { redirect: here } });
    }
  },
});

const queryClient = new QueryClient({
  queryCache,
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => !(error instanceof ApiError && error.status < 500) && failureCount < 2,
    },
  },
});

const router = buildRouter(queryClient);

const container = document.getElementById('root');
// English texts are not in the start-up bundle: render once they are there (a German visitor waits for nothing).
// Should they fail to load, the page still renders, with the German fallback.
if (container) {
  const root = createRoot(container);
  const render = () =>
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
            <QueryClientProvider client={queryClient}>
              <RouterProvider router={router} />
            </QueryClientProvider>
          </MantineProvider>
        </I18nextProvider>
      </StrictMode>,
    );
  void loadLanguage(currentLanguage()).then(render, render);
}
