import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { scriptFromLanguages } from '../../store/prefs';
import { PREFS_SHAPE } from '../../store/shapes/prefs';
import { MAIN_DEFAULT, MAIN_GROUP, SIDE_DEFAULT, SIDE_GROUP } from '../desk-layout';

const BOOT = readFileSync(new URL('../../../public/boot.js', import.meta.url), 'utf8');
const { fontSize, theme, lineHeight, measure, typeface, focus } = PREFS_SHAPE.defaults;
/** What the build writes into `data-defaults` (src/app/prerender/entry.tsx). */
const DEFAULTS = {
  prefsKey: PREFS_SHAPE.key,
  prefs: { fontSize, theme, lineHeight, measure, typeface, focus },
  layouts: { [MAIN_GROUP]: MAIN_DEFAULT, [SIDE_GROUP]: SIDE_DEFAULT },
};

interface Visit {
  hash?: string;
  stored?: Record<string, string>;
  languages?: string[];
  defaults?: string | null;
}

/** Runs public/boot.js as the browser would: whether it kept the prerendered page, and which of its layouts it removed once parsed. */
function boot({ hash = '', stored = {}, languages = ['zh-HK'], defaults = JSON.stringify(DEFAULTS), phone = false }: Visit & { phone?: boolean }) {
  const attributes: Record<string, string> = {};
  const removed: string[] = [];
  const layouts = ['prerendered prerendered-desk', 'prerendered prerendered-phone'].map((className) => ({ className, remove: () => removed.push(className) }));
  const root = { querySelectorAll: (selector: string) => layouts.filter((l) => l.className.split(' ').includes(selector.replace(':scope > .', ''))) };
  let parsed = () => {};
  runInNewContext(BOOT, {
    window: { matchMedia: () => ({ matches: phone }) },
    MutationObserver: class {
      observe() {}
      disconnect() {}
      takeRecords() {}
    },
    document: {
      currentScript: { getAttribute: () => defaults },
      documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) },
      getElementById: () => root,
      addEventListener: (_type: string, listener: () => void) => (parsed = listener),
      readyState: 'loading',
    },
    location: { hash },
    navigator: { languages },
    localStorage: { getItem: (key: string) => stored[key] ?? null },
  });
  parsed();
  return { kept: attributes['data-boot'] === undefined, removed };
}

const keepsPrerendered = (visit: Visit) => boot(visit).kept;

const prefs = (state: Record<string, unknown>) => ({ [PREFS_SHAPE.key]: JSON.stringify({ state: { ...PREFS_SHAPE.defaults, ...state }, version: PREFS_SHAPE.version }) });

describe('public/boot.js: whether the prerendered page is what this reader sees', () => {
  it('keeps it for a first visit, or a reader who kept the defaults, at the default address', () => {
    expect(keepsPrerendered({})).toBe(true);
    expect(keepsPrerendered({ hash: '#/' })).toBe(true);
    expect(keepsPrerendered({ stored: prefs({ script: 'hant', updatedAt: 5, speechLang: 'zh-CN' }) })).toBe(true);
    expect(keepsPrerendered({ stored: { [`react-resizable-panels:${MAIN_GROUP}`]: JSON.stringify(MAIN_DEFAULT) } })).toBe(true);
  });

  it('hides it for another address, Simplified, other reading settings or pane sizes', () => {
    expect(keepsPrerendered({ hash: '#/sample/a120' })).toBe(false);
    expect(keepsPrerendered({ hash: '#/p1' })).toBe(false);
    expect(keepsPrerendered({ stored: prefs({ script: 'hans' }) })).toBe(false);
    expect(keepsPrerendered({ languages: ['zh-CN', 'zh-HK'] })).toBe(false);
    expect(keepsPrerendered({ stored: prefs({ fontSize: 22 }) })).toBe(false);
    expect(keepsPrerendered({ stored: prefs({ theme: 'dark' }) })).toBe(false);
    expect(keepsPrerendered({ stored: prefs({ focus: true }) })).toBe(false);
    expect(keepsPrerendered({ stored: { [`react-resizable-panels:${SIDE_GROUP}`]: JSON.stringify({ ...SIDE_DEFAULT, 'p-charts': 70 }) } })).toBe(false);
  });

  it('hides it when it cannot tell (no defaults written, unreadable storage)', () => {
    expect(keepsPrerendered({ defaults: null })).toBe(false);
    expect(keepsPrerendered({ stored: { [PREFS_SHAPE.key]: '{not json' } })).toBe(false);
  });

  it('leaves one layout in the page: the desk or the phone, as the screen is; none when it does not fit', () => {
    expect(boot({}).removed).toEqual(['prerendered prerendered-phone']);
    expect(boot({ phone: true }).removed).toEqual(['prerendered prerendered-desk']);
    expect(boot({ hash: '#/p1' }).removed).toEqual(['prerendered prerendered-desk', 'prerendered prerendered-phone']);
  });

  it('reads the browser languages as the app does', () => {
    for (const languages of [[], ['en-GB'], ['zh-HK'], ['zh-TW'], ['zh-CN'], ['zh-Hans-HK'], ['zh-SG'], ['zh-my'], ['en', 'zh-cn'], ['zh', 'zh-CN'], ['ja', 'zh-Hant']]) {
      expect(keepsPrerendered({ languages }), languages.join()).toBe(scriptFromLanguages(languages) === 'hant');
    }
  });
});
