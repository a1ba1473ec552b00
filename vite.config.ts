import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev` serves the API on 3000; `npm run dev:web` serves this app on 5173 and forwards /api there.
const apiTarget = process.env.API_TARGET ?? 'http://localhost:3000';

export default defineConfig({
  root: '.',
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
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
