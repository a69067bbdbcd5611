/**
 * Run an import: small files on the page with the browser's own HTML parser (an inert DOMParser
 * document); files over LARGE_IMPORT_BYTES in a module Web Worker (importWorker.ts, parse5), with
 * progress, so the page stays responsive however large the file (up to the 20 MB limit).
 * The CSP allows the worker: it is a same-origin script (worker-src falls back to script-src 'self').
 */
import type { ImportArgs, ImportResult } from '../../lib/exchange/importFile';
import type { ImportWorkerMessage, ImportWorkerRequest } from './importWorker';
import { setImportProgress } from './importProgress';

export const LARGE_IMPORT_BYTES = 1024 * 1024;

type Request = Omit<ImportArgs, 'htmlToText' | 'onProgress' | 'text'>;

function inWorker(file: File, args: Request): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), {
      type: 'module',
      name: 'briefline-import',
    });
    const done = () => {
      worker.terminate();
      setImportProgress(null);
    };
    worker.addEventListener('message', (e: MessageEvent<ImportWorkerMessage>) => {
      const m = e.data;
      if (m.type === 'progress') setImportProgress({ file: file.name, done: m.done, total: m.total });
      else {
        done();
        if (m.type === 'result') resolve(m.result);
        else reject(new Error(m.message));
      }
    });
    worker.addEventListener('error', (e) => {
      done();
      reject(new Error(e.message || 'the import worker failed'));
    });
    setImportProgress({ file: file.name, done: 0, total: 0 });
    const request: ImportWorkerRequest = { ...args, file };
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    worker.postMessage(request);
  });
}

export async function runImport(file: File, args: Request): Promise<ImportResult> {
  if (file.size > LARGE_IMPORT_BYTES && typeof Worker !== 'undefined') return inWorker(file, args);
  // The parsers load with the first import, not before first paint.
  const [{ importFile }, { htmlToTextDom }] = await Promise.all([
    import('../../lib/exchange/importFile'),
    import('./domHtml'),
  ]);
  return importFile({ ...args, text: await file.text(), htmlToText: htmlToTextDom });
}
