/** Decoding and vetting of imported page files. */
export { decodeBytes } from './decode';
export { pageTitleFromText } from './page-title';
export { ENCODING_NAMES } from './types';
export type { Bilingual, DecodeResult, EncodingName, ImportOrigin, ImportProblem } from './types';
export { IMPORT_LIMIT_BYTES, vetBytes } from './vet-bytes';
export { vetText } from './vet-text';
