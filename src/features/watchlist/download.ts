/**
 * Saves text as a file the browser's way: a Blob behind an object URL and an `<a download>`.
 * Nothing leaves the machine; the URL is revoked once the browser has taken it.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `broadsheet-watchlist-20250201.csv`: sorts by date in a downloads folder. */
export function exportFileName(extension: 'csv' | 'json', now = new Date()): string {
  const day = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
  return `broadsheet-watchlist-${day}.${extension}`;
}
