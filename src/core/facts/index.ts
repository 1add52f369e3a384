/**
 * Facts: what each cited figure is about (subject), what it measures, when, and in what role.
 * Pure TypeScript over a parsed page and its annotations.
 */
export type { FigureFact, LevelKind, Measure, Role, SubjectKind } from './fact';
export { figureFacts, type FactOptions } from './facts';
export { previousPeriod } from './when';
export { dayOf, isDayIso, pageDateFromText } from './page-date';
export { dateWords, factQualifiers, kindKey, knownSubjectName, measureKey, roleKey, type Both } from './words';
