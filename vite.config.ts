/// <reference types="vitest/config" />
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    ...(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_MODE === 'http' || process.env.VITE_API_MODE === 'http'
      ? [dropMockWorker()]
      : []),
  ],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  // the manifest tells the size budget and the benchmark which chunks the first route loads
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500, manifest: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./src/test/setup.ts'],
    testTimeout: 20000,
    env: { VITE_API_BASE_URL: 'http://localhost' },
  },
}));
