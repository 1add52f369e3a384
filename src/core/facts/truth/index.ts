export type { FactTruth, TruthRow } from './truth';
export { SEED_TRUTH } from './seed';
export { AASTOCKS_TRUTH } from './aastocks-00215-hant';
export { CHINA_EASTERN_TRUTH } from './china-eastern-hans';
import { AASTOCKS_TRUTH } from './aastocks-00215-hant';
import { CHINA_EASTERN_TRUTH } from './china-eastern-hans';

/** The truths of pages in ../shared/samples (the pages stay there). */
export const SHARED_FACT_TRUTHS = [AASTOCKS_TRUTH, CHINA_EASTERN_TRUTH] as const;
