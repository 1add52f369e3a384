/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy. The built app allows nothing but its own origin: no inline
 * script, no request elsewhere. The dev server additionally needs its HMR socket and React
 * Refresh's inline preamble, so it gets a looser policy; tests run against the build.
 */
const BUILD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
const DEV_CSP = BUILD_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
  "connect-src 'self'",
  "connect-src 'self' ws: wss:",
);

function contentSecurityPolicy(): Plugin {
  let csp = BUILD_CSP;
  return {
    name: 'broadsheet-csp',
    configResolved(config) {
      csp = config.command === 'serve' && config.mode !== 'production' ? DEV_CSP : BUILD_CSP;
    },
    transformIndexHtml: (html) => html.replace('%BROADSHEET_CSP%', csp),
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
});
