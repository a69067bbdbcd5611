/** A file dropped on the page for the "Add an article" dialog, handed over when it opens. */
let pending: File | null = null;
export const handOverDroppedFile = (file: File) => {
  pending = file;
};
export const takeDroppedFile = (): File | null => {
  const f = pending;
  pending = null;
  return f;
};
