import { useState } from 'react';
import { toggleScript } from './toggle';
import { useScript, useT } from '../../shared/script/useScript';

/**
 * 繁 ⇄ 简. The label names the script the button switches TO, in that script's own characters,
 * so a reader who can't read the current one still finds it.
 */
export function ScriptToggle() {
  const t = useT();
  const script = useScript();
  const [busy, setBusy] = useState(false);
  const label = script === 'hant' ? t('toggleToSimplified') : t('toggleToTraditional');
  return (
    <button
      type="button"
      className="script-toggle"
      data-testid="script-toggle"
      data-keeps-popovers
      aria-label={`${label}（${t('scriptToggleHint')}）`}
      title={`${label}（${t('scriptToggleHint')}）`}
      aria-busy={busy}
      onClick={() => {
        const pending = toggleScript();
        if (!pending) return;
        setBusy(true);
        void pending.finally(() => setBusy(false));
      }}
    >
      <span aria-hidden="true" className={script === 'hant' ? 'on' : undefined}>
        繁
      </span>
      <span aria-hidden="true">⇄</span>
      <span aria-hidden="true" className={script === 'hans' ? 'on' : undefined}>
        简
      </span>
    </button>
  );
}
