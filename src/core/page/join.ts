import { isDigitAnyWidth, isLatinAlnum } from '../text/char-classes';

/**
 * What goes between two lines of one block when they are read as one text. Chinese runs on with
 * nothing between; only where a Latin word or number would otherwise fuse with the next
 * (`Gemini` + `2.0`) is a single space put back.
 *
 * @example
 * joinerBetween('在多個邏輯任務', '（包括數學和編程）') // ''
 * joinerBetween('Sam', 'Altman') // ' '
 * joinerBetween('USD/CNH 7.1420', '１０：３０') // ' '
 */
export function joinerBetween(before: string, after: string): '' | ' ' {
  // Latin letters and digits are all in the BMP, so one UTF-16 unit on each side decides.
  const tail = before.charCodeAt(before.length - 1);
  const head = after.charCodeAt(0);
  // Digits of either width never run into the next line's (a wire's `7.1420` and `１０：３０`).
  return (isLatinAlnum(tail) && isLatinAlnum(head)) || (isDigitAnyWidth(tail) && isDigitAnyWidth(head)) ? ' ' : '';
}
