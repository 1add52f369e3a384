import js from '@eslint/js';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The layers, bottom to top: core → store → shared → features → app. A layer imports only the
 * layers below it; a feature reaches another feature only through its public entry,
 * src/features/<name>/index.ts. See docs/architecture.md.
 */
const features = readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const above = (layers, message) => ({ from: layers.map((l) => `src/${l}`), message });
const layerZones = [
  { target: 'src/core', ...above(['store', 'shared', 'features', 'app', 'main.tsx'], 'core is the bottom layer: it imports nothing above it.') },
  { target: 'src/store', ...above(['shared', 'features', 'app', 'main.tsx'], 'store imports only core.') },
  { target: 'src/shared', ...above(['features', 'app', 'main.tsx'], 'shared imports only core and store.') },
  { target: 'src/features', ...above(['app', 'main.tsx'], 'features sit below the app.') },
  ...features.map((name) => ({
    target: `src/features/${name}`,
    from: features.filter((other) => other !== name).map((other) => `src/features/${other}`),
    except: ['./index.ts'],
    message: 'A feature reaches another only through its public entry, src/features/<name>/index.ts.',
  })),
  {
    target: ['src/app', 'src/main.tsx'],
    from: features.map((name) => `src/features/${name}`),
    except: ['./index.ts'],
    message: 'The app reaches a feature only through its public entry, src/features/<name>/index.ts.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text is never injected as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is never injected as HTML.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Page text is never injected as HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page text is never injected as HTML.' },
        { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'Page text is never injected as HTML.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'Page text is never injected as HTML.' },
      ],
    },
  },
  {
    // Hooks and components live in the layers with React (the React Compiler's rules are the lint's
    // slowest by far: they are not run over the framework-free core, the stores or the tests' tools).
    files: ['src/{app,features,shared}/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Layers and cycles. import-x's own resolver finds the extensionless TypeScript imports (no tsconfig paths here).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      // Without these import-x skips TypeScript modules when it follows imports, and no-cycle sees nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The pure core: no React, no DOM, no stores.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/**/*.worker.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'recharts', '@floating-ui/*', '@dnd-kit/*'], message: 'src/core is framework-free.' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'fetch'],
    },
  },
);
