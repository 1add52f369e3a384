/** The library's controls in the top bar (page switcher, import, search): filled in by the library issue. */
export function LibraryBar() {
  return null;
}
