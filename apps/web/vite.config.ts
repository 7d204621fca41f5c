import path from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/**
 * The web workspace, built to apps/web/dist and served by the gateway at /app. JSX is compiled by
 * Vite's own transformer (oxc) with React's automatic runtime. The only workspace import is the typed
 * API client, resolved to its source as the root tsconfig's paths do.
 */
export default defineConfig({
  root,
  base: '/app/',
  resolve: { alias: { '@rma-hub/api-client': path.resolve(root, '../../libs/api-client/src/index.ts') } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: path.resolve(root, 'dist'), emptyOutDir: true, sourcemap: true },
  logLevel: 'warn',
});
