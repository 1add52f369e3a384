import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/** The bare React 19 page (bench/bare), built by the repo's Vite into dist-bare. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { target: 'es2022', outDir: fileURLToPath(new URL('../../dist-bare', import.meta.url)), emptyOutDir: true },
});
