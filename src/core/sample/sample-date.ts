/**
 * The sample page's date: a Hong Kong paper's investment page of Saturday 1 February 2025 (its
 * OpenAI piece says 昨日（31日）, and 年初六（2月3日） is the Monday to come). The text has no
 * dateline, so the app knows it here.
 */
export const SAMPLE_PAGE_DATE = '2025-02-01';
