/**
 * A library of `count` generated daily pages, one every day or so over three years from 2 January
 * 2023, drawn from the given texts' paragraphs, each opening with a market report whose 恒指 and
 * 騰訊 figures walk (and, on some days, 花旗's target price for 騰訊). Deterministic: every run
 * builds the same library. Shared by the Node bench (`series.ts`) and the browser's
 * (`series.bench.pw.ts`).
 */

/** A small deterministic generator, so every run builds the same library. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The paragraphs (lines with a full stop) of the source pages: the pool pages are drawn from. */
function paragraphs(texts: readonly string[]): string[] {
  return texts.flatMap((t) => t.split('\n')).filter((l) => l.includes('。') && l.length > 12);
}

export function generatePages(texts: readonly string[], count: number): { id: string; source: string; pageDate: string }[] {
  const pool = paragraphs(texts);
  const next = random(20250201);
  let hsi = 20000;
  let tencent = 400;
  const start = Date.UTC(2023, 0, 2);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start + Math.round((i * 3 * 365) / count) * 86_400_000);
    const iso = day.toISOString().slice(0, 10);
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const move = Math.round((next() - 0.5) * 600);
    hsi += move;
    tencent = Math.max(100, Math.round((tencent + (next() - 0.5) * 20) * 10) / 10);
    const picked = Array.from({ length: 10 }, () => pool[Math.floor(next() * pool.length)]!);
    const source = [
      `港股日報（第${i + 1}期）`,
      `${y}年${m}月${d}日`,
      `【本報訊】恒指昨日收報${hsi}點，${move >= 0 ? '升' : '跌'}${Math.abs(move)}點，成交額${900 + Math.round(next() * 600)}億元。`,
      `騰訊控股（00700）收報${tencent}元。${next() < 0.3 ? `花旗將騰訊目標價定為${Math.round(tencent * 1.3)}元。` : ''}`,
      ...picked,
    ].join('\n\n');
    return { id: `p${i}`, source, pageDate: iso };
  });
}

