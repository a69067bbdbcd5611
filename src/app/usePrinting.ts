/**
 * True while the page is being printed (or print media is emulated), so print-only content is
 * rendered only then instead of being kept, hidden, in every render of the screen.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
const printMedia = () => window.matchMedia('print');

function subscribe(notify: () => void): () => void {
  const media = printMedia();
  // The browser lays out the print right after beforeprint: render the print content synchronously.
  const before = () => {
    printing = true;
    flushSync(notify);
  };
  const after = () => {
    printing = false;
    notify();
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media.addEventListener('change', notify);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media.removeEventListener('change', notify);
  };
}

const snapshot = () => printing || printMedia().matches;

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
