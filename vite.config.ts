/// <reference types="vitest/config" />
import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * A hash of the pure core's source (tests aside): the derived-data cache (IndexedDB
 * `broadsheet-derived`) keys its entries with it, so a change to the parser or the recognisers
 * derives every page again instead of serving what the old code made.
 */
function coreHash(): string {
  const root = fileURLToPath(new URL('./src/core', import.meta.url));
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!/\.test\.tsx?$/.test(entry.name)) hash.update(path.slice(root.length)).update(readFileSync(path));
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 12);
}

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

/**
 * For the end-to-end run only (`BROADSHEET_PREVIEW_IDENTITY=1`, set by playwright.config.ts):
 * `vite preview` gzips every response afresh (no cache), about 0.2 s of the server's CPU and
 * more of the browser's for each of the suite's hundreds of page loads on a 2-core machine.
 * Over loopback the bytes cost nothing, so the suite's server sends them as they are. The
 * Lighthouse bench serves compressed, as a real host would.
 */
function identityPreview(): Plugin {
  return {
    name: 'broadsheet-identity-preview',
    configurePreviewServer(server) {
      if (process.env.BROADSHEET_PREVIEW_IDENTITY !== '1') return;
      server.middlewares.use((req, _res, next) => {
        delete req.headers['accept-encoding'];
        next();
      });
    },
  };
}

/** What src/app/prerender/entry.tsx renders at build time. */
interface Prerendered {
  readonly desk: string;
  readonly phone: string;
  /** The default page's parse and annotations, which the app hydrates the markup with: a data element. */
  readonly analysis: string;
  /** What public/boot.js compares the reader's stored settings with. */
  readonly defaults: unknown;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The first response shows the first article (issue 17): at build time, the app's own components
 * render the default page (the sample, parsed by the pure core in Node) into `index.html`, laid
 * out once for a desk and once for a phone; the stylesheet shows the one that fits, and the app
 * hydrates the markup (src/app/take-over.tsx) with the page's parse and annotations, which come with
 * it as data: the phone parses and annotates nothing to show the first article, marks included.
 * React escapes all text it renders; the markup takes no pointer until it is live (styles.css: no
 * dead buttons to press; not `inert`, which keeps Chrome from counting its paint as the first
 * contentful one). The stylesheets of the reading desk's chunk come with the page, so the markup
 * is styled at its first paint as the live desk will be.
 *
 * The render runs in a second, server-side build of `src/app/prerender/entry.tsx`, in Node.
 */
function prerender(): Plugin {
  let root = '';
  let base = '/';
  let define: Record<string, string> = {};
  return {
    name: 'broadsheet-prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
      base = config.base;
      define = config.define as Record<string, string>;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        if (!bundle) return html;
        const outDir = join(root, 'node_modules/.tmp', `prerender-${process.pid}`);
        let rendered: Prerendered;
        try {
          await build({
            configFile: false,
            root,
            mode: 'production',
            logLevel: 'warn',
            publicDir: false,
            plugins: [react()],
            define,
            build: { ssr: 'src/app/prerender/entry.tsx', outDir, emptyOutDir: true, sourcemap: false, minify: false, target: 'node20' },
          });
          const entry = (await import(pathToFileURL(join(outDir, 'entry.js')).href)) as { prerender: () => Promise<Prerendered> };
          rendered = await entry.prerender();
        } finally {
          rmSync(outDir, { recursive: true, force: true });
        }
        const css = deskStylesheets(bundle)
          .filter((file) => !html.includes(file))
          .map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`);
        const withRoot = html.replace(
          '<div id="root"></div>',
          `<div id="root"><div class="prerendered prerendered-desk">${rendered.desk}</div>` +
            `<div class="prerendered prerendered-phone">${rendered.phone}</div></div>\n    ${rendered.analysis}`,
        );
        if (withRoot === html) throw new Error('broadsheet-prerender: index.html has no empty <div id="root"></div>');
        return withRoot
          .replace('data-defaults="%BROADSHEET_DEFAULTS%"', `data-defaults="${escapeAttribute(JSON.stringify(rendered.defaults))}"`)
          .replace('</head>', `  ${css.join('\n    ')}\n  </head>`);
      },
    },
  };
}

/**
 * The CSS files of what the live app's first frame draws: the reading desk's chunk
 * (src/app/App.tsx) and the top bar's library controls, with every chunk they import statically.
 */
function deskStylesheets(bundle: Record<string, { type: string; fileName: string; facadeModuleId?: string | null; imports?: string[]; viteMetadata?: { importedCss: Set<string> } }>): string[] {
  const chunkOf = (module: string) => {
    const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(module));
    if (!chunk) throw new Error(`broadsheet-prerender: no chunk for ${module}`);
    return chunk.fileName;
  };
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const chunk = bundle[file];
    if (!chunk || chunk.type !== 'chunk') return;
    for (const c of chunk.viteMetadata?.importedCss ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  for (const module of ['/src/app/App.tsx', '/src/features/library/LibraryBar.tsx']) visit(chunkOf(module));
  return [...css];
}

/** The desk's background in the light scheme (src/styles.css); index.html names the dark one too. */
const THEME_LIGHT = '#f7f5f0';

/**
 * Offline and installable: a web app manifest and a Workbox service worker that precaches every
 * file of the build a reader can need with no network (the shell, every lazy chunk including both
 * script-conversion tables and the s2hk worker, the sample page, the icons). `injectRegister:
 * false`: the app registers it from its own bundled module (src/app/pwa.ts), never an inline
 * script, so the Content-Security-Policy stays `script-src 'self'`. `registerType: 'prompt'`: a
 * new release waits until the reader agrees to reload.
 */
function offline() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      id: '/',
      name: 'Broadsheet 財經閱讀 · 财经阅读',
      short_name: 'Broadsheet',
      description: '財經版面閱讀器 · 财经版面阅读器',
      lang: 'zh-Hant-HK',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: THEME_LIGHT,
      theme_color: THEME_LIGHT,
      categories: ['news', 'finance', 'books'],
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png}'],
      // The conversion tables are large chunks; they must be cached all the same.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: '/index.html',
      cleanupOutdatedCaches: true,
      // The first visit's page is controlled at once (so it works offline from then on); an
      // update still waits for the reader (no skipWaiting).
      clientsClaim: true,
      sourcemap: false,
    },
  });
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), prerender(), offline(), identityPreview()],
  define: { __BROADSHEET_CORE_HASH__: JSON.stringify(coreHash()) },
  build: {
    target: 'es2022',
    // No modulepreload links added from script: Vite's loader appends one <link> per chunk a
    // dynamic import needs, and each append cost about a millisecond of the main thread (a CPU
    // profile on a quiet machine: 70 ms over the start, four times that on Lighthouse's phone),
    // right after the first paint. Each chunk then fetches what it imports once it has arrived.
    // Measured, Lighthouse mobile, quiet machine, 3 runs each: TBT 165–205 ms against 185–471 ms,
    // time to interactive the same (2.7–3.0 s); LCP 1.43–1.48 s against 1.28–1.34 s (the bare
    // React page: 1.29 s).
    modulePreload: false,
    sourcemap: true,
    manifest: true,
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
  test: {
    environment: 'node',
    testTimeout: 30000,
    // Threads, one a core, without the cost of a child process per file (measured: 71 s with one
    // forked process at a time, 41 s with two threads, on this 2-core machine).
    pool: 'threads',
    maxWorkers: availableParallelism(),
    projects: [
      {
        // The framework-free core: pure functions, no stores, no storage, no mocks of modules. Its
        // files share one module graph a thread (`isolate: false`): importing the same modules afresh
        // for each of its 108 files was most of the unit suite's time.
        extends: true,
        test: { name: 'core', include: ['src/core/**/*.test.ts'], isolate: false },
      },
      {
        // Stores, storage and everything else: each file in a fresh module graph of its own, as
        // stores are module singletons and their tests stub storage and timers.
        extends: true,
        test: { name: 'app', include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'], exclude: ['src/core/**'] },
      },
    ],
  },
});
