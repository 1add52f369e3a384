/**
 * Hands a file to the browser's downloads: a Blob behind an object URL and an `<a download>`.
 * Nothing leaves the machine; the URL is released once the browser has taken the file.
 */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
