/**
 * Which "Read in source" button opened the reader, recorded by the button itself on click, so
 * focus can go back to it when the reader closes (the reader moves focus to the quote at once,
 * so it cannot read the opener from document.activeElement afterwards). Only the button's key is
 * kept, never the element: the reader finds the button by it when it closes.
 */
export interface SourceOpener {
  eventId: string;
  /** The button's data-read-source key. */
  key: string;
}

let opener: SourceOpener | null = null;

export function rememberSourceOpener(o: SourceOpener): void {
  opener = o;
}

/** The opener, once: reading it forgets it. */
export function takeSourceOpener(): SourceOpener | null {
  const o = opener;
  opener = null;
  return o;
}
