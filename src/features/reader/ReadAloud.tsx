import { useEffect, useRef, useState, type RefObject } from 'react';
import { useT } from '../../shared/script/useScript';
import { readAloud, type Reading, type SpeechProblem } from './read-aloud';
import { useSpeechLang } from './ReadingSettings';

interface Props {
  /** The reading pane: the article read is its first, from the paragraph in its view. */
  scroller: RefObject<HTMLDivElement | null>;
  /** Says why reading cannot start (no speech, no voice), or clears it. */
  onProblem: (problem: SpeechProblem | undefined) => void;
}

/**
 * Read aloud's button: reads the article from the paragraph in view, and stops. Reading stops
 * when the article changes or the pane goes (the reader keys this by article).
 */
export function ReadAloud({ scroller, onProblem }: Props) {
  const t = useT();
  const lang = useSpeechLang();
  const [reading, setReading] = useState(false);
  const session = useRef<Reading | undefined>(undefined);

  useEffect(() => () => session.current?.stop(), []);

  const toggle = async () => {
    if (session.current) {
      session.current.stop();
      return;
    }
    const pane = scroller.current;
    const article = pane?.querySelector('[data-testid="article"]');
    if (!pane || !article) return;
    setReading(true);
    const started = await readAloud(article, pane, lang, () => {
      session.current = undefined;
      setReading(false);
    });
    if (typeof started === 'string') {
      setReading(false);
      onProblem(started);
      return;
    }
    onProblem(undefined);
    session.current = started;
  };

  return (
    <button type="button" data-testid="read-aloud" aria-pressed={reading} title={t('rdReadAloudLabel')} onClick={() => void toggle()}>
      <span aria-hidden="true">{reading ? '■ ' : '▶ '}</span>
      {reading ? t('rdStop') : t('rdReadAloud')}
    </button>
  );
}
