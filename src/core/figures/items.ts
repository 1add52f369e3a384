/**
 * The items a clause names before a 各 figure: API銷售與新產品項目 → [API銷售, 新產品項目].
 * Items are joined by 與/与/和/及/以及/跟/同/、.
 */
const JOINERS = /以及|[與与和及跟同、]/;

/** The item names in a label (one item when it joins none). */
export function labelItems(label: string): string[] {
  const parts = label.split(JOINERS).map((s) => s.trim()).filter((s) => s.length > 0);
  return parts.length > 0 ? parts : [label];
}
