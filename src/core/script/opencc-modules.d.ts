/**
 * Types for the opencc-js subpath modules the script converters import one by one. The package
 * ships types only for `core`, `preset` and the bundles; importing single dictionaries (rather
 * than a preset) is what keeps the Hong Kong → Simplified chunk small.
 */

/** One OpenCC dictionary, serialised as `"source target|source target|…"`. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}

/** The dictionary groups that take a locale to OpenCC standard Traditional. */
declare module 'opencc-js/from/*' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}

/** The dictionary groups that take OpenCC standard Traditional to a locale. */
declare module 'opencc-js/to/*' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}
