import { useId } from 'react';
import { ENCODING_NAMES, type EncodingName } from '../../core/import/encoding';
import { useT } from '../../shared/script/useScript';
import { ENCODING_LABELS } from './encodings';
import { redecodeLastFile } from './import-actions';
import type { LastFile } from './import-session';
import './notices.css';

/**
 * The encoding the last file was read with, how sure the guess was, and a menu to read the same
 * bytes with another: the page's text follows at once.
 */
export function FileEncoding({ file }: { file: LastFile }) {
  const t = useT();
  const id = useId();
  const { encoding, confidence } = file.decode;
  const how = file.imposed ? t('libEncodingChosen') : `${t('libEncodingAuto')}，${t('libConfidence')} ${Math.round(confidence * 100)}%`;
  return (
    <div className="file-encoding">
      <p className="file-encoding-report" data-testid="import-encoding-report" data-encoding={encoding}>
        {t('libEncoding')}：<strong>{ENCODING_LABELS[encoding]}</strong>（{how}）
      </p>
      <label htmlFor={id} className="file-encoding-label">
        {t('libEncodingOverride')}
      </label>
      <select id={id} data-testid="import-encoding" value={encoding} onChange={(e) => void redecodeLastFile(e.target.value as EncodingName)}>
        {ENCODING_NAMES.map((name) => (
          <option key={name} value={name}>
            {ENCODING_LABELS[name]}
          </option>
        ))}
      </select>
    </div>
  );
}
