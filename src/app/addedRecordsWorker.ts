/**
 * The records of the articles added in this browser are read here, off the page's main thread: each
 * stored record checked against its schema (set aside with its reason when it cannot be read), and each
 * article's events built by the pipeline's own code (quotes located at their offsets, dates resolved,
 * the event list schema), so that loading 1,000 articles never holds the page for a second.
 */
import './zodJitless';
import { readAllRecords, type RawTables } from '../lib/intake/records';
import { prebuildArticles } from '../lib/intake/build';
import type { PrebuiltArticles } from '../lib/intake/prebuilt';
import type { Theme } from '../lib/schema';

export interface AddedRecordsRequest {
  id: number;
  raw: RawTables;
  /** The loaded list's themes and title, to build the events against; null: read the records only. */
  base: { themes: Theme[]; title: string } | null;
}

export type AddedRecordsReply =
  | { id: number; ok: true; read: ReturnType<typeof readAllRecords>; prebuilt: PrebuiltArticles | null }
  | { id: number; ok: false; message: string };

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (e: MessageEvent<AddedRecordsRequest>) => void): void;
  postMessage(m: AddedRecordsReply): void;
};

scope.addEventListener('message', (e) => {
  const { id, raw, base } = e.data;
  let reply: AddedRecordsReply;
  try {
    const read = readAllRecords(raw);
    const prebuilt = base ? prebuildArticles(read.records, base.themes, base.title) : null;
    reply = { id, ok: true, read, prebuilt };
  } catch (err) {
    reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  // A worker's postMessage goes to the page that made it: there is no target origin to give.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  scope.postMessage(reply);
});
