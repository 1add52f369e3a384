import { buildHk2s } from './hk2s-tables';
import { mainlandZhe } from './mainland-zhe';
import type { Convert } from './length-safe';
import { safeConvert } from './safe-convert';

/**
 * The hk→cn converter the reader shows text with: opencc-js's `hk2s`, then 著 as the mainland
 * writes it (`mainland-zhe.ts`), with the app's guarantees (protected spans, code-point length).
 * This module holds its tables statically, so a dynamic `import()` of it is one chunk and one
 * request, with no second fetch once it has arrived.
 *
 * @example
 * const { createHk2s } = await import('./hk2s');
 * createHk2s()('騰訊(00700)升3%') // '腾讯(00700)升3%'
 */
export function createHk2s(): Convert {
  const raw = buildHk2s();
  return safeConvert((text) => mainlandZhe(raw(text)));
}
