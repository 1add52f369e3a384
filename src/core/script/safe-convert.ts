import { lengthSafe, type Convert } from './length-safe';
import { outsideProtected } from './protected-spans';

/**
 * The guarantees every converter the app uses must give, wrapped around a raw OpenCC one:
 * protected spans (URLs, stock codes, Latin, numbers) are copied through untouched, and each
 * stretch between them keeps its code-point length, so offsets into the original stay valid.
 */
export function safeConvert(raw: (text: string) => string): Convert {
  return outsideProtected(lengthSafe(raw));
}
