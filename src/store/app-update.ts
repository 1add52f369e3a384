import { create } from 'zustand';

/**
 * A new release of the app, installed by the service worker and waiting for the reader's word.
 * `apply` hands over to it and reloads; until then the page keeps running the version it loaded.
 */
interface AppUpdateState {
  ready: boolean;
  /** Whether the reader said "later" to the waiting version (asked again on the next visit). */
  dismissed: boolean;
  apply: () => void;
  dismiss: () => void;
}

export const useAppUpdate = create<AppUpdateState>()((set) => ({
  ready: false,
  dismissed: false,
  apply: () => {},
  dismiss: () => set({ dismissed: true }),
}));

/**
 * Called by the registration once a new version is installed and waiting. Workbox may say so
 * twice for one version ("installed", then "waiting"): a reader's "later" stands until next visit.
 */
export function updateReady(apply: () => void): void {
  useAppUpdate.setState((s) => (s.ready ? { apply } : { ready: true, dismissed: false, apply }));
}
