/**
 * A file dropped on the window before the library's controls (their own chunk) are there: the
 * browser would open it in place of the app. From the first paint, the shell keeps such a file
 * instead, and the library takes it when it arrives (`takeEarlyDrop`), so a drop is never lost.
 */

/** Whether a drag carries files (not text or a link). */
export const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

let kept: File | undefined;

const over = (e: DragEvent) => {
  if (carriesFiles(e)) e.preventDefault();
};
const drop = (e: DragEvent) => {
  if (!carriesFiles(e)) return;
  e.preventDefault();
  kept = e.dataTransfer?.files[0] ?? kept;
};

/** Starts keeping files dropped before the library is ready. */
export function guardEarlyDrops(): void {
  window.addEventListener('dragover', over);
  window.addEventListener('drop', drop);
}

/** The library is ready: stops keeping drops and hands over the file dropped meanwhile, if any. */
export function takeEarlyDrop(): File | undefined {
  window.removeEventListener('dragover', over);
  window.removeEventListener('drop', drop);
  const file = kept;
  kept = undefined;
  return file;
}
