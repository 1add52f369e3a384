/** Decoding and vetting of imported page files. */
export { decodeBytes } from './decode';
export { pageTitleFromText } from './page-title';
export { ENCODING_NAMES } from './encoding';
export type { Bilingual, ImportOrigin, ImportProblem } from './problem';
export type { DecodeResult, EncodingName } from './encoding';
export { IMPORT_LIMIT_BYTES, vetBytes } from './vet-bytes';
export { vetText } from './vet-text';
