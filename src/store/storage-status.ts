import { create } from 'zustand';

/**
 * Whether what the reader saves reaches the browser's storage, and if not, why: `newer` when it
 * holds data a newer version of the app wrote (kept as it is, and not written over).
 */
export type StorageProblem = 'unavailable' | 'full' | 'corrupt' | 'newer';

interface StorageStatusState {
  problem: StorageProblem | undefined;
  report: (problem: StorageProblem) => void;
  dismiss: () => void;
}

/** The more serious problem is the one shown: data kept from a newer version outranks the rest. */
const RANK: Record<StorageProblem, number> = { corrupt: 1, full: 2, unavailable: 3, newer: 4 };

export const useStorageStatus = create<StorageStatusState>()((set) => ({
  problem: undefined,
  report: (problem) => set((s) => (s.problem && RANK[s.problem] > RANK[problem] ? s : { problem })),
  dismiss: () => set({ problem: undefined }),
}));

export function classifyStorageError(error: unknown): StorageProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'QuotaExceededError' ? 'full' : 'unavailable';
}
