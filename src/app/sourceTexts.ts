/**
 * The texts of the sources, from the network (checked against the event list's sha256), from an
 * imported file, or from the browser's database for added articles. Fetched texts are kept by
 * path; importing a file forgets them and the previous file's texts (forgetSourceTexts).
 */
import { safeTextPath } from '../lib/links';
import { sha256Hex } from '../lib/digest';
import type { Source } from '../lib/schema';
import { isAddedTextPath } from '../lib/intake/paths';
import { addedArticleText } from './useAddedArticles';

export interface LoadedText {
  text: string;
  /** False when the bytes do not hash to the event list's sha256; null when it could not be checked. */
  checksumOk: boolean | null;
}

export type SourceTextState =
  { status: 'loading' } | { status: 'ready'; value: LoadedText } | { status: 'error'; message: string };

/** Article texts by path: fetched once, on first need, then reused (a failed fetch may be retried). */
const cache = new Map<string, Promise<LoadedText>>();

async function fetchText(path: string, sha256: string): Promise<LoadedText> {
  const response = await fetch(`${import.meta.env.BASE_URL}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  const text = new TextDecoder('utf-8').decode(bytes);
  const hash = await sha256Hex(bytes).catch(() => null);
  return { text, checksumOk: hash === null ? null : hash === sha256 };
}

/** Texts that arrived with the data (an imported file's own text), by their `sources[].text` path. */
const provided = new Map<string, string>();

/** Make a text available without a fetch (imported data: the file itself is the source). */
export function provideSourceText(path: string, text: string): void {
  provided.set(path, text);
}

/** Load one source's text; cached across openings. */
export function loadSourceText(source: Source): Promise<LoadedText> {
  if (isAddedTextPath(source.text)) {
    // An article added in this browser: its text is read from the browser's database.
    return addedArticleText(source.id).then(async (text) => {
      const hash = await sha256Hex(text).catch(() => null);
      return { text, checksumOk: hash === null ? null : hash === source.sha256 };
    });
  }
  const own = provided.get(source.text);
  if (own !== undefined) return Promise.resolve({ text: own, checksumOk: null });
  const path = safeTextPath(source.text);
  if (!path)
    return Promise.reject(
      new Error(`the text path “${source.text}” is not a plain relative path, so it was not fetched`),
    );
  let p = cache.get(path);
  if (!p) {
    p = fetchText(path, source.sha256);
    cache.set(path, p);
    p.catch(() => cache.delete(path));
  }
  return p;
}

/** Forget every text kept: called when a file is imported (its paths may name other texts). */
export function forgetSourceTexts(): void {
  cache.clear();
  provided.clear();
}
