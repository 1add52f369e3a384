import { download } from '../../shared/download';

/** Saves text as a file through the browser's downloads. */
export function downloadText(fileName: string, text: string, type: string): void {
  download(new Blob([text], { type }), fileName);
}

/** `broadsheet-watchlist-20250201.csv`: sorts by date in a downloads folder. */
export function exportFileName(extension: 'csv' | 'json', now = new Date()): string {
  const day = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
  return `broadsheet-watchlist-${day}.${extension}`;
}
