import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { UiKey } from '../../core/ui/strings';
import { useScript, useT } from '../../shared/script/useScript';
import { FONT_SIZE_RANGE, LINE_HEIGHT_RANGE, MEASURE_RANGE, SPEECH_LANGS, THEMES, TYPEFACES, usePrefs, type SpeechLang, type Theme, type Typeface } from '../../store/prefs';
import './reading.css';

const THEME_WORD: Record<Theme, UiKey> = { system: 'rdThemeSystem', light: 'rdThemeLight', sepia: 'rdThemeSepia', dark: 'rdThemeDark' };
const TYPEFACE_WORD: Record<Typeface, UiKey> = { serif: 'rdSerif', sans: 'rdSans' };
export const SPEECH_LANG_WORD: Record<SpeechLang, UiKey> = { 'zh-HK': 'rdCantonese', 'zh-CN': 'rdMandarinCN', 'zh-TW': 'rdMandarinTW' };

/**
 * The reading settings: a button in the reader's toolbar opening a panel (a non-modal dialog,
 * laid out in the toolbar's own flow so it never leaves the screen, 320 px included) with the
 * theme, font size, line height, line length, typeface, focus mode and read-aloud language.
 * Every change applies at once and is kept with the reader's other preferences. Escape or the
 * button closes it, and focus goes back to the button.
 */
export function ReadingSettings() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    close();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="reading-settings-button"
        data-testid="reading-settings"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
        title={t('rdSettings')}
      >
        <span aria-hidden="true">Aa </span>
        {t('rdSettingsShort')}
      </button>
      {open && (
        <div id={panelId} className="reading-settings" role="dialog" aria-label={t('rdSettings')} onKeyDown={onKeyDown}>
          <SettingsBody />
          <button type="button" className="reading-settings-close" onClick={close}>
            {t('rdClose')}
          </button>
        </div>
      )}
    </>
  );
}

/** The language read aloud speaks: the reader's choice, else the display script's (Traditional: Cantonese). */
export function useSpeechLang(): SpeechLang {
  const chosen = usePrefs((s) => s.speechLang);
  const script = useScript();
  return chosen ?? (script === 'hans' ? 'zh-CN' : 'zh-HK');
}

function SettingsBody() {
  const t = useT();
  const p = usePrefs();
  const speechLang = useSpeechLang();
  return (
    <>
      <Choice legend={t('rdTheme')} name="theme" options={THEMES} value={p.theme} word={(v) => t(THEME_WORD[v])} onChange={p.setTheme} />
      <Range label={t('fontSize')} value={p.fontSize} {...FONT_SIZE_RANGE} step={1} shown={`${p.fontSize}px`} onChange={p.setFontSize} name="font-size" />
      <Range label={t('rdLineHeight')} value={p.lineHeight} {...LINE_HEIGHT_RANGE} shown={p.lineHeight.toFixed(2)} onChange={p.setLineHeight} name="line-height" />
      <Range label={t('rdMeasure')} value={p.measure} {...MEASURE_RANGE} shown={String(p.measure)} onChange={p.setMeasure} name="measure" />
      <Choice legend={t('rdTypeface')} name="typeface" options={TYPEFACES} value={p.typeface} word={(v) => t(TYPEFACE_WORD[v])} onChange={p.setTypeface} />
      <label className="reading-settings-row reading-settings-check">
        <input type="checkbox" name="focus" checked={p.focus} onChange={(e) => p.setFocus(e.target.checked)} />
        {t('rdFocus')}
      </label>
      <Choice legend={t('rdSpeechLang')} name="speech-lang" options={SPEECH_LANGS} value={speechLang} word={(v) => t(SPEECH_LANG_WORD[v])} onChange={p.setSpeechLang} />
    </>
  );
}

interface ChoiceProps<V extends string> {
  legend: string;
  name: string;
  options: readonly V[];
  value: V;
  word: (value: V) => string;
  onChange: (value: V) => void;
}

function Choice<V extends string>({ legend, name, options, value, word, onChange }: ChoiceProps<V>) {
  return (
    <fieldset className="reading-settings-row reading-settings-choice">
      <legend>{legend}</legend>
      {/* Beside the legend: options that wrap line up under the first, not under the legend. */}
      <span className="reading-settings-options">
        {options.map((o) => (
          <label key={o}>
            <input type="radio" name={name} value={o} checked={o === value} onChange={() => onChange(o)} />
            {word(o)}
          </label>
        ))}
      </span>
    </fieldset>
  );
}

interface RangeProps {
  label: string;
  name: string;
  value: number;
  min: number;
  max: number;
  step: number;
  shown: string;
  onChange: (value: number) => void;
}

function Range({ label, name, value, min, max, step, shown, onChange }: RangeProps) {
  const id = useId();
  return (
    <div className="reading-settings-row reading-settings-range">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="range" name={name} min={min} max={max} step={step} value={value} aria-valuetext={shown} onChange={(e) => onChange(Number(e.target.value))} />
      <output htmlFor={id}>{shown}</output>
    </div>
  );
}
