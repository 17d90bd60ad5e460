/**
 * The benchmark build: the app plus the seeding page, in one origin so they share IndexedDB.
 * Used only by scripts/bench.mjs; `npm run build` never includes the seeder.
 */
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import appConfig, { startChunks } from './vite.config.ts';

export default mergeConfig(
  appConfig,
  defineConfig({
    build: {
      outDir: 'bench-dist',
      emptyOutDir: true,
      rollupOptions: {
        input: {
          app: resolve(import.meta.dirname, 'index.html'),
          seed: resolve(import.meta.dirname, 'bench/seed.html'),
          bare: resolve(import.meta.dirname, 'bench/bare.html'),
        },
        // The seeder shares the app's modules: they must not start the app when it loads them.
        output: { manualChunks: startChunks(true) },
      },
    },
  }),
);
