/**
 * Folds full-width ASCII (`０`–`９`, `（`, `：`, `Ａ`…) to ASCII and odd spaces to a plain space,
 * one UTF-16 unit for one, so offsets into the folded text are offsets into the original.
 *
 * @example
 * foldWidth('騰訊（０７００）') // '騰訊(0700)'
 */
export function foldWidth(text: string): string {
  let i = 0;
  while (i < text.length && !isWide(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  return text.replace(WIDE, foldChar);
}

const WIDE = /[\uff01-\uff5e\u3000\u00a0]/g;

function isWide(c: number): boolean {
  return (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0xa0;
}

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0xff01 ? String.fromCharCode(code - 0xfee0) : ' ';
}
