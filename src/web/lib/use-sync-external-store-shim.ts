/**
 * Stands in for `use-sync-external-store/shim` (see vite.config.ts): react-i18next imports that fallback for React
 * < 18, but React 19 has the hook itself, and the shim's own code would only add bytes to every page.
 */
export { useSyncExternalStore } from 'react';
