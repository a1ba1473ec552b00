import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev` serves the API on 3000; `npm run dev:web` serves this app on 5173 and forwards /api there.
const apiTarget = process.env.API_TARGET ?? 'http://localhost:3000';

// The public finder /angebote is the first page many families open, often on a cheap phone: its JavaScript has a
// budget (bench/web-bundle.ts). Each file is compressed on its own, so a dozen small chunks cost more than a few
// larger ones: the entry and everything it imports statically become one file, and the modules the finder needs
// beyond that (its helpers, the infinite query) another, shared with the internal pages that use them. The finder
// uses native form controls, not Mantine's: Mantine's inputs load with the pages that need them. The list follows
// the finder's imports; if it falls behind, the finder only loads a few more small files.
const finderModules = [
  /\/src\/web\/features\/offerings\/(format|public-queries|types)\.ts$/,
  /\/@tanstack\/(query-core|react-query)\/build\/modern\/(infiniteQueryObserver|useInfiniteQuery)\.js$/,
];

export default defineConfig({
  root: '.',
  plugins: [react()],
  resolve: {
    alias: [
      // react-i18next and @tanstack/react-store import the shim for React < 18. React 19 has useSyncExternalStore:
      // use it directly (the package's plain entry for the selector variant) instead of shipping the fallback.
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(new URL('./src/web/lib/use-sync-external-store-shim.ts', import.meta.url)),
      },
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
    ],
  },
  build: {
    outDir: 'dist/web',
    // Every browser the build targets supports <link rel="modulepreload">; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 2 },
            {
              name: 'finder-shared',
              test: (id) => finderModules.some((pattern) => pattern.test(id)),
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: apiTarget,
        configure: (proxy) => {
          // The server refuses writes from foreign origins (and better-auth checks its trusted origins): in
          // development the page's origin is Vite's, so present the API's own origin instead.
          proxy.on('proxyReq', (request) => {
            if (request.getHeader('origin')) request.setHeader('origin', apiTarget);
          });
        },
      },
    },
  },
});
