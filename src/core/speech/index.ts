/** Read aloud's text: the utterances of a paragraph and the words each gives the voice. */
export { MAX_PIECE, speakable, spokenPieces, type SpokenPiece } from './speech';
