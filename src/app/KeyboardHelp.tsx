import { useEffect, useRef } from 'react';
import type { UiKey } from '../core/ui/strings';
import { useT } from '../shared/script/useScript';

/** The shortcuts, each with what it does: the list the top bar's hint used to squeeze into a line. */
const SHORTCUTS: readonly (readonly [keys: string, what: UiKey])[] = [
  ['J / K', 'keysArticles'],
  ['1 – 4', 'keysPanes'],
  ['Alt + S', 'keysScript'],
  ['Enter', 'keysActivate'],
  ['C', 'keysChart'],
  ['Shift + ← / →, H', 'keysHighlight'],
  ['Alt + ↑ / ↓', 'keysReorder'],
  ['Esc', 'keysEscape'],
  ['?', 'keysHelp'],
];

/**
 * The keyboard's shortcuts, in a modal dialog opened by the top bar's ? button or the ? key. A
 * native `<dialog>`: focus stays inside, Escape closes it and focus returns where it was.
 */
export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="modal keys-dialog" aria-labelledby="keys-title" data-testid="keyboard-help" onClose={onClose}>
      <header className="keys-header">
        <h2 id="keys-title">{t('keysTitle')}</h2>
        <button type="button" className="notice-dismiss" onClick={onClose} aria-label={t('libClose')} title={t('libClose')}>
          ✕
        </button>
      </header>
      <dl className="keys-list">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
}

/** The top bar's ? button. */
export function KeyboardHelpButton({ onOpen }: { onOpen: () => void }) {
  const t = useT();
  return (
    <button type="button" className="keys-button" aria-haspopup="dialog" aria-label={t('keysTitle')} title={t('keysOpen')} onClick={onOpen}>
      ?
    </button>
  );
}
