/// <reference types="vitest/config" />
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { securityHeaders } from './config/securityHeaders.js';

/** A build for a real API ships none of the mock: not even the service worker file from public/. */
function dropMockWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await rm(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * The entry imports the console and (in demo mode) the mock dynamically, so that neither waits
 * for the other; the page names them and their imports up front, so the browser downloads them
 * beside the entry instead of after running it.
 */
function preloadStartChunks(modules: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'preload-start-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = new Map<string, Rolldown.OutputChunk>();
        for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item);
        const files = new Set<string>();
        const visit = (chunk: Rolldown.OutputChunk | undefined): void => {
          if (!chunk || chunk.isEntry || files.has(chunk.fileName)) return;
          files.add(chunk.fileName);
          for (const imported of chunk.imports) visit(chunks.get(imported));
        };
        for (const m of modules)
          for (const chunk of chunks.values()) if (chunk.facadeModuleId?.endsWith(m)) visit(chunk);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    preloadStartChunks(['src/app/render.tsx', 'mocks/browser.ts']),
    ...(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_MODE === 'http' || process.env.VITE_API_MODE === 'http'
      ? [dropMockWorker()]
      : []),
  ],
  // msw's unused cookie jar without its public-suffix table: see mocks/shims/tough-cookie.ts
  resolve: { alias: { 'tough-cookie': resolve(import.meta.dirname, 'mocks/shims/tough-cookie.ts') } },
  server: { port: 5173 },
  preview: {
    port: 4173,
    strictPort: true,
    // what a deployment sends too (config/securityHeaders.ts): the audit server sends the same
    headers: {
      ...securityHeaders(
        loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL ?? process.env.VITE_API_BASE_URL,
      ),
      // `npm run bench` serves the page cross-origin isolated: only then are frame timestamps
      // finer than 0.1 ms, which at 60 Hz is the difference between 16.7 and 16.8 ms
      ...(process.env.BENCH_ISOLATED === '1' ? { 'Cross-Origin-Embedder-Policy': 'require-corp' } : {}),
    },
  },
  // the manifest tells the size budget and the benchmark which chunks the first route loads
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500, manifest: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./src/test/setup.ts'],
    testTimeout: 20000,
    env: { VITE_API_BASE_URL: 'http://localhost' },
  },
}));
