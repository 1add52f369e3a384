/**
 * How well the facts match a hand-made truth: per field, the share of the truth's figures whose
 * fact agrees (a figure the page no longer marks counts as wrong in every field).
 */
import { annotatePage } from '../annotate';
import { parsePage } from '../page';
import { figureFacts } from './facts';
import type { FactTruth, TruthRow } from './truth/truth';

export type FactField = 'subject' | 'measure' | 'date' | 'role';
export const FACT_FIELDS: readonly FactField[] = ['subject', 'measure', 'date', 'role'];

export interface FactScore {
  readonly total: number;
  readonly right: Readonly<Record<FactField, number>>;
  /** One line per disagreement: `field at text: got … want …`. */
  readonly misses: readonly string[];
}

export function scoreFacts(text: string, truth: FactTruth): FactScore {
  const page = parsePage(text);
  const annotations = annotatePage(page);
  const facts = figureFacts(page, annotations, { pageDate: truth.pageDate });
  const byAt = new Map(annotations.figures.map((f, i) => [f.span.start, { figure: f, fact: facts[i]! }]));
  const right: Record<FactField, number> = { subject: 0, measure: 0, date: 0, role: 0 };
  const misses: string[] = [];
  for (const row of truth.figures) {
    const found = byAt.get(row.at);
    if (found === undefined || found.figure.text !== row.text) {
      misses.push(`missing ${row.at} ${row.text}`);
      continue;
    }
    const got: Record<FactField, string | undefined> = { subject: found.fact.subject, measure: found.fact.measure, date: found.fact.date, role: found.fact.role };
    for (const field of FACT_FIELDS) {
      const want = (row as TruthRow)[field];
      if (got[field] === want) right[field]++;
      else misses.push(`${field} ${row.at} ${row.text}: got ${got[field] ?? '-'} want ${want ?? '-'}`);
    }
  }
  return { total: truth.figures.length, right, misses };
}

/** Scores summed over pages. */
export function sumScores(scores: readonly FactScore[]): FactScore {
  const right: Record<FactField, number> = { subject: 0, measure: 0, date: 0, role: 0 };
  for (const s of scores) for (const f of FACT_FIELDS) right[f] += s.right[f];
  return { total: scores.reduce((n, s) => n + s.total, 0), right, misses: scores.flatMap((s) => s.misses) };
}

/** The goals: subject and measure right for 95 % of figures, dates for 90 %. */
export const FACT_GOALS: Readonly<Record<FactField, number>> = { subject: 0.95, measure: 0.95, date: 0.9, role: 0.9 };
