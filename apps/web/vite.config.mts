/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  resolve: { alias: { '@wspolnie/kernel': fileURLToPath(new URL('../../libs/kernel/src/index.ts', import.meta.url)) } },
  // Development: the app with hot reload on :5173, the API (npm start) behind /graphql.
  // The API's HTTP routes (CSV exports, attachments) are proxied too.
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '^/(plans|programmes)/[^/]+/[\\w.-]+\\.csv': { target: api, changeOrigin: false },
      '^/council/[^/]+/resolutions\\.csv': { target: api, changeOrigin: false },
      // Attachments: uploads (POST, multipart) and downloads, both with the bearer token.
      '^/(projects|tasks)/[^/]+/attachments$': { target: api, changeOrigin: false },
      '^/attachments/[^/]+$': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // tools/first-load.mjs reads it to measure what a first visit downloads.
    manifest: true,
    // The bench's budget is for the sign-in page; the explorer's editor is its own large chunk.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // GraphiQL's React-compiler runtime marks modules "use no memo", which bundling drops harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test-setup.ts'],
    include: ['src/**/*.spec.{ts,tsx}'],
    css: false,
  },
});
