/** The "Source text" region: the whole article with its quotes marked. (Stub: filled in by the details work.) */
export function SourceReader() {
  return null;
}
