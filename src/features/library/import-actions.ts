import { navigate } from '../../shared/router';
import type { EncodingName, ImportProblem } from '../../core/import';
import type { PreparedPage } from '../../core/library';
import { cleanTitle } from '../../core/library/title';
import { useLibrary, whenHydrated } from '../../store/library';
import { askPersistentStorage } from '../../shared/storage-use';
import { replacePageText } from '../../store/rules';
import { useImportSession } from './import-session';

/**
 * Decoding and vetting (with their character tables) load on the first import, not with the
 * app: most visits never import anything.
 */
const pipeline = () => import('../../core/library/prepare-import');

/** Starts loading the decoding code when an import looks near (the dialog opened, a file dragged in). */
export const preloadImport = () => void pipeline();

function refuse(problem: ImportProblem, fileName?: string): void {
  useImportSession.setState({ busy: false, outcome: { kind: 'refused', problem, fileName }, noticeLapsed: false });
}

/** Adds a prepared page, says so, closes the dialog and opens the page at its first article. */
async function add(page: PreparedPage, fileName?: string, bytes?: Uint8Array): Promise<string> {
  // Never add before the stored library is read back: the first write would replace it.
  await whenHydrated();
  const { title, source, decode, notes } = page;
  const pageId = useLibrary.getState().importPage({ title, source, encoding: decode?.encoding });
  performance.mark('broadsheet:import-stored');
  // The library now holds the reader's own pages: ask the browser to keep them.
  void askPersistentStorage();
  useImportSession.setState({
    busy: false,
    dialogOpen: false,
    outcome: { kind: 'imported', pageId, fileName, notes },
    noticeLapsed: false,
    ...(bytes && fileName && decode ? { lastFile: { pageId, fileName, bytes, derivedTitle: cleanTitle(title), decode, imposed: false } } : {}),
  });
  navigate({ pageId });
  return pageId;
}

/**
 * Imports a chosen or dropped file. A file over the limit is refused by its size, unread; any
 * other refusal (empty, binary, undecodable) leaves the library as it was and says why.
 */
export async function importFile(file: File): Promise<void> {
  // Marks for `npm run bench` and the performance panel: read and decoded, then stored.
  const start = performance.now();
  const { prepareBytes, vetFileSize } = await pipeline();
  const tooLarge = vetFileSize(file.size);
  if (tooLarge) return refuse(tooLarge, file.name);
  useImportSession.setState({ busy: true });
  // A file that can't be read (a folder, a revoked permission) is as good as empty: refused as such.
  const bytes = new Uint8Array(await file.arrayBuffer().catch(() => new ArrayBuffer(0)));
  const prepared = prepareBytes(bytes, file.name);
  performance.measure('broadsheet:import-prepare', { start, detail: { bytes: bytes.length } });
  if (!prepared.ok) return refuse(prepared.reason, file.name);
  await add(prepared.data, file.name, bytes);
}

/** Imports pasted text; returns whether it went in (so the form can clear itself). */
export async function importText(text: string, fallbackTitle: string): Promise<boolean> {
  const { prepareText } = await pipeline();
  const prepared = prepareText(text, fallbackTitle);
  if (!prepared.ok) {
    refuse(prepared.reason);
    return false;
  }
  await add(prepared.data);
  return true;
}

/**
 * Decodes the last imported file again with the encoding the reader chose, and replaces that
 * page's text. A page the reader renamed keeps its name; one still named after its first line
 * follows the new text. A decoding that is refused (mostly undecodable) leaves the page as it
 * was and says why.
 */
export async function redecodeLastFile(encoding: EncodingName): Promise<void> {
  const { prepareBytes } = await pipeline();
  const { lastFile, outcome } = useImportSession.getState();
  const page = lastFile && useLibrary.getState().pages[lastFile.pageId];
  if (!lastFile || !page) return;
  const about = outcome?.kind === 'imported' && outcome.pageId === page.id ? outcome : undefined;
  const say = (notes: readonly ImportProblem[]) => ({
    outcome: { ...(about ?? { kind: 'imported' as const, pageId: page.id, fileName: lastFile.fileName }), notes },
    noticeLapsed: false,
  });
  const prepared = prepareBytes(lastFile.bytes, lastFile.fileName, encoding);
  if (!prepared.ok) {
    useImportSession.setState(say([prepared.reason]));
    return;
  }
  const { title, source, decode, notes } = prepared.data;
  const keepName = page.title !== lastFile.derivedTitle;
  // Its corrections and chart choices pointed into the old text: they go with it.
  replacePageText(page.id, { title: keepName ? page.title : title, source, encoding });
  useImportSession.setState({ ...say(notes), lastFile: { ...lastFile, derivedTitle: cleanTitle(title), decode: decode ?? lastFile.decode, imposed: true } });
  // The old article ids point into the old text: start again at the first article.
  navigate({ pageId: page.id }, { replace: true });
}
