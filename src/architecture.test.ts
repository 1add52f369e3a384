import { statSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules in eslint.config.js fire: each snippet is linted as if it were a file at the
 * given path (the file need not exist; what it imports does), with the project's own config.
 */
const root = path.resolve(import.meta.dirname, '..');
/**
 * Each block runs only the rule it tests (`ruleFilter`), configured as the project configures it:
 * no-cycle follows every import of a probe through the whole app, and the boundary probes import
 * whole features, which made this file the slowest of the unit suite (15 s for one probe).
 */
const linters: Partial<Record<'import-x/no-restricted-paths' | 'import-x/no-cycle', ESLint>> = {};
beforeAll(() => {
  for (const rule of ['import-x/no-restricted-paths', 'import-x/no-cycle'] as const) {
    linters[rule] = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js'), ruleFilter: ({ ruleId }) => ruleId === rule });
  }
});

/** The import-x messages ESLint gives for `code` placed at `file` (repo-relative), from `rule` alone. */
async function importProblems(file: string, code: string, rule: keyof typeof linters = 'import-x/no-restricted-paths'): Promise<string[]> {
  const [result] = await linters[rule]!.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('import-x/')).map((m) => `${m.ruleId}: ${m.message}`);
}

const probe = (from: string, name: string) => `import { ${name} } from '${from}';\nexport const probe = ${name};\n`;

/** Every import a snippet names must exist, or the rule would pass for the wrong reason. */
function target(file: string, spec: string): string {
  const base = path.resolve(root, path.dirname(file), spec);
  const found = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => statSync(p, { throwIfNoEntry: false })?.isFile());
  if (!found) throw new Error(`probe import ${spec} from ${file} does not resolve`);
  return spec;
}

describe('layer boundaries (import-x/no-restricted-paths)', () => {
  const refused: [file: string, spec: string, name: string, says: string][] = [
    ['src/core/probe.ts', '../store/library', 'useLibrary', 'core is the bottom layer'],
    ['src/core/page/probe.ts', '../../shared/router', 'navigate', 'core is the bottom layer'],
    ['src/core/probe.ts', '../features/reader', 'Reader', 'core is the bottom layer'],
    ['src/core/probe.ts', '../app/App', 'App', 'core is the bottom layer'],
    ['src/store/probe.ts', '../shared/router', 'navigate', 'store imports only core'],
    ['src/store/probe.ts', '../features/reader', 'Reader', 'store imports only core'],
    ['src/shared/probe.ts', '../features/reader', 'Reader', 'shared imports only core and store'],
    ['src/shared/probe.ts', '../app/App', 'App', 'shared imports only core and store'],
    ['src/features/reader/probe.ts', '../../app/App', 'App', 'features sit below the app'],
    ['src/features/reader/probe.ts', '../charts/ChartToggle', 'default', 'only through its public entry'],
    ['src/features/charts/probe.ts', '../reader/Reader', 'Reader', 'only through its public entry'],
    ['src/app/probe.ts', '../features/reader/Reader', 'Reader', 'The app reaches a feature only through its public entry'],
    ['src/main.tsx', './features/library/early-drop', 'guardEarlyDrops', 'The app reaches a feature only through its public entry'],
  ];
  it.each(refused)('%s importing %s is refused', async (file, spec, name, says) => {
    const code = name === 'default' ? `import probe from '${target(file, spec)}';\nexport { probe };\n` : probe(target(file, spec), name);
    const problems = await importProblems(file, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('import-x/no-restricted-paths');
    expect(problems[0]).toContain(says);
  });

  const allowed: [file: string, spec: string, name: string][] = [
    ['src/core/probe.ts', './span', 'within'],
    ['src/store/probe.ts', '../core/span', 'within'],
    ['src/shared/probe.ts', '../store/library', 'useLibrary'],
    ['src/shared/probe.ts', '../core/span', 'within'],
    ['src/features/reader/probe.ts', '../../shared/router', 'navigate'],
    ['src/features/reader/probe.ts', '../../store/library', 'useLibrary'],
    ['src/features/reader/probe.ts', '../charts', 'ChartToggle'],
    ['src/features/reader/probe.ts', './Reader', 'Reader'],
    ['src/app/probe.ts', '../features/reader', 'Reader'],
    ['src/app/probe.ts', '../store/library', 'useLibrary'],
  ];
  it.each(allowed)('%s importing %s is allowed', async (file, spec, name) => {
    expect(await importProblems(file, probe(target(file, spec), name))).toEqual([]);
  });
});

describe('import cycles (import-x/no-cycle)', () => {
  it('refuses a module importing one that imports it back', async () => {
    // core/page/parse.ts imports separateAdverts from ./advert, so advert importing parse closes a loop.
    const problems = await importProblems('src/core/page/advert.ts', probe(target('src/core/page/advert.ts', './parse'), 'parsePage'), 'import-x/no-cycle');
    expect(problems).toEqual([expect.stringContaining('import-x/no-cycle: Dependency cycle')]);
  });

  it('lets a type-only import close a loop (it is gone at run time)', async () => {
    const code = `import type { parsePage } from '${target('src/core/page/advert.ts', './parse')}';\nexport type Probe = typeof parsePage;\n`;
    expect(await importProblems('src/core/page/advert.ts', code, 'import-x/no-cycle')).toEqual([]);
  });
});
