/**
 * Large imports run here, off the page's main thread, so the page stays responsive: the file is
 * read, parsed (JSON or CSV), its HTML turned into text with parse5 (a worker has no DOMParser)
 * and validated, and progress is posted back every few hundred slides.
 */
import '../../app/zodJitless';
import { importFile, type ImportArgs, type ImportResult } from '../../lib/exchange/importFile';
import { htmlToTextParse5 } from '../../lib/exchange/htmlParse5';

export type ImportWorkerRequest = Omit<ImportArgs, 'htmlToText' | 'onProgress' | 'text'> & { file: Blob };
export type ImportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ImportResult }
  | { type: 'error'; message: string };

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (e: MessageEvent<ImportWorkerRequest>) => void): void;
  postMessage(m: ImportWorkerMessage): void;
};
// A worker's postMessage goes to the page that made it: there is no target origin to give.
// oxlint-disable-next-line unicorn/require-post-message-target-origin
const post = (m: ImportWorkerMessage) => scope.postMessage(m);

scope.addEventListener('message', (e) => {
  const { file, ...rest } = e.data;
  void (async () => {
    try {
      const text = await file.text();
      const result = await importFile({
        ...rest,
        text,
        htmlToText: htmlToTextParse5,
        onProgress: (done, total) => post({ type: 'progress', done, total }),
      });
      post({ type: 'result', result });
    } catch (err) {
      post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
