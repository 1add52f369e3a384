/** The contents' public entry: the list of the open page's articles. */
export { Contents } from './Contents';
