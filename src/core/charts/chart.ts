import type { FigureFact, Measure } from '../facts/fact';
import type { Figure, FigureUnit, Qualifier } from '../figures';
import type { ChartText } from './chart-text';

/**
 * What a chart draws: one subject and measure over time or through the text (`series`), one
 * measure in one unit across subjects or across a subject's actual, expected and prior values
 * (`compare`), or the parts of a stated whole (`parts`).
 */
export type ChartKind = 'series' | 'compare' | 'parts';

/** A parts chart's whole; one of its parts; a point of a series; a bar of a comparison. */
export type RowRole = 'total' | 'part' | 'point' | 'bar';

/** One point of a chart: one fact, linked to every figure of the text that states it. */
export interface ChartRow {
  /** Unique within the chart (a 各 figure's parts share a figure id). */
  readonly key: string;
  /** The figure that states it first: the one the reader's choices name. */
  readonly figureId: string;
  /** Every figure that states it (the headline and the body), the first first. */
  readonly figureIds: readonly string[];
  /** The subject's name as the text gives it, a part's name, a role or a date. */
  readonly label: ChartText;
  /** Normalised; a fall or a loss is negative. */
  readonly value: number;
  readonly valueTo?: number | undefined;
  readonly qualifier: Qualifier;
  readonly move?: Figure['move'];
  readonly text: string;
  readonly role: RowRole;
  readonly fact: FigureFact;
  /** False when the reader took it off the chart: the table still lists it, to put it back. */
  readonly included: boolean;
}

export interface ArticleChart {
  /** Stable while the article's figures are: article, kind and first figure. */
  readonly id: string;
  readonly articleId: string;
  readonly kind: ChartKind;
  readonly measure: Measure;
  /** Its subjects, each once, in the order drawn. */
  readonly subjects: readonly string[];
  readonly unit: FigureUnit;
  readonly measureWord?: string | undefined;
  readonly perUnit?: string | undefined;
  /** The values are moves: a rise is written with its +. */
  readonly moves?: true;
  /** A comparison of one subject's actual, expected and prior values (drawn in that order). */
  readonly roles?: true;
  readonly title: ChartText;
  readonly rows: readonly ChartRow[];
}

/** A row with the unit its value is written in. */
export interface UnitRow {
  readonly row: ChartRow;
  readonly unit: FigureUnit;
  readonly measureWord?: string | undefined;
  readonly perUnit?: string | undefined;
}

/** A figure with nothing comparable beside it: one line of the article's fact sheet. */
export interface KeyFigure extends UnitRow {
  readonly id: string;
  /** Its moves the text gives beside it (升4478點，升幅28%), each linked to its own figure. */
  readonly changes: readonly UnitRow[];
  /** What it measures, in words: 收市, 市值, 收入（預期）. */
  readonly what: ChartText;
}

/** An article's charts and its key figures. */
export interface ArticleFigures {
  readonly charts: readonly ArticleChart[];
  readonly keyFigures: readonly KeyFigure[];
}
