import { dateWords, knownSubjectName, measureKey, factQualifiers } from '../../core/facts/words';
import { useFigureFact } from '../../shared/page/facts';
import { useDisplayIn, useScript, useT } from '../../shared/script/useScript';

/**
 * What a figure is, in words, in the reader's script: about what (a name Broadsheet knows, else
 * the page's own, shown converted), what it measures (and the kind of level, and its role when it
 * is not what happened), and when.
 */
export function FactWords({ figureId }: { figureId: string }) {
  const { fact, sourceScript } = useFigureFact(figureId);
  const script = useScript();
  const t = useT();
  const display = useDisplayIn(sourceScript, script);
  if (!fact) return null;
  const known = knownSubjectName(fact.subject);
  const subject = known ? known[script] : fact.subjectName ? display(fact.subjectName) : fact.subject;
  const stock = fact.subjectKind === 'stock' ? `（${fact.subject}）` : '';
  const qualifiers = factQualifiers(fact).map(t);
  const measure = `${t(measureKey(fact.measure))}${qualifiers.length > 0 ? `（${qualifiers.join('，')}）` : ''}`;
  const when = fact.date !== undefined ? dateWords(fact.date)[script] : t('factNoDate');
  return (
    <span className="fact-words" data-fact-subject={fact.subject}>
      <span className="fact-subject">
        {subject}
        {stock}
      </span>
      {' · '}
      <span className="fact-measure">{measure}</span>
      {fact.part ? ` · ${t('factPart')}${display(fact.part)}` : ''}
      {fact.setBy ? ` · ${t('factSetBy')}：${display(fact.setBy)}` : ''}
      {' · '}
      <span className="fact-date">{when}</span>
    </span>
  );
}
