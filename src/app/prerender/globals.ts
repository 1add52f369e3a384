/**
 * Build time only (Node): the little of a browser the app's first render reads — the address
 * (no hash: the default route), a media query answered as the layout being rendered asks, and
 * an empty localStorage (a first-time reader's defaults). Imported before anything else.
 */
const memory = new Map<string, string>();
const storage: Storage = {
  get length() {
    return memory.size;
  },
  clear: () => memory.clear(),
  getItem: (key) => memory.get(key) ?? null,
  key: (i) => [...memory.keys()][i] ?? null,
  removeItem: (key) => void memory.delete(key),
  setItem: (key, value) => void memory.set(key, String(value)),
};

/** Whether `(max-width: …)` queries match: set by the renderer for the phone's layout. */
export const viewport = { phone: false };

const fakeWindow = {
  location: { hash: '', pathname: '/', search: '' },
  matchMedia: (query: string) => ({
    matches: /max-width/.test(query) ? viewport.phone : /min-width/.test(query) ? !viewport.phone : false,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }),
  addEventListener: () => {},
  removeEventListener: () => {},
  localStorage: storage,
};

const g = globalThis as Record<string, unknown>;
g.window ??= fakeWindow;
g.localStorage ??= storage;
