/**
 * Facts: what each cited figure is about (subject), what it measures, when, and in what role.
 * Pure TypeScript over a parsed page and its annotations.
 */
export type { FigureFact, LevelKind, Measure, Role, SubjectKind } from './fact';
export { figureFacts, type FactOptions } from './facts';
export { dayOf, isDay, pageDateFromText, previousPeriod } from './when';
