/** The reader's public entry: the reading pane. Other layers and features import from here only. */
export { Reader } from './Reader';
export { useReadingLook } from './useReadingLook';
