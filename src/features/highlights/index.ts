/** The highlights' public entry: the notebook pane (the marks themselves are drawn by the reader). */
export { NotebookPane } from './NotebookPane';
