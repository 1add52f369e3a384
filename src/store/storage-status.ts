import { create } from 'zustand';

/** Whether what the reader saves reaches the browser's storage, and if not, why. */
export type StorageProblem = 'unavailable' | 'full' | 'corrupt';

interface StorageStatusState {
  problem: StorageProblem | undefined;
  report: (problem: StorageProblem) => void;
  dismiss: () => void;
}

export const useStorageStatus = create<StorageStatusState>()((set) => ({
  problem: undefined,
  report: (problem) => set({ problem }),
  dismiss: () => set({ problem: undefined }),
}));

export function classifyStorageError(error: unknown): StorageProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'QuotaExceededError' ? 'full' : 'unavailable';
}
