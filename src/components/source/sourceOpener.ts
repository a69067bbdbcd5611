/**
 * Which "Read in source" button opened the reader, recorded by the button itself on click, so
 * focus can go back to it when the reader closes (the reader moves focus to the quote at once,
 * so it cannot read the opener from document.activeElement afterwards).
 */
export interface SourceOpener {
  el: HTMLElement;
  eventId: string;
  /** The data-read-source key, to find the button again if it was re-rendered. */
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
