/** Where imported text came from: a file's bytes, or text pasted into the box. */
export type ImportOrigin = 'file' | 'paste';

/** Traditional and Simplified wording of a message for the reader. */
export interface Bilingual {
  hant: string;
  hans: string;
}

/** Something wrong, or worth saying, about an imported file. `fatal` ones stop the import. */
export type ImportProblem = {
  code: 'empty' | 'binary' | 'tooLarge' | 'html' | 'undecodable' | 'longLine';
  message: Bilingual;
  fatal: boolean;
};
