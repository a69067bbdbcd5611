/**
 * The browser's own database for added articles (issue 16), through Dexie (IndexedDB). Loaded on
 * first use (dynamic import), never at start-up unless this browser already keeps articles.
 * - Versioned twice: Dexie's schema version (a database upgraded by a newer Briefline cannot be
 *   opened by this one: reported, nothing written) and each record's own format version `v`.
 * - A record that cannot be read is set aside (reported, left in place), never dropped or overwritten:
 *   new records are written with add(), which refuses an existing key, inside one transaction.
 * - Two tabs stay consistent: liveQuery re-reads on every change, in this tab and others.
 */
import { Dexie, liveQuery, type Table } from 'dexie';
import {
  readAllRecords,
  readRecords,
  type ArticleRecord,
  type EvidenceRecord,
  type EventRecord,
  type RawTables,
  type SetAside,
} from '../lib/intake/records';
import type { AddedRecords } from '../lib/intake/build';

export { DB_NAME } from './articlesDbExists';
import { DB_NAME } from './articlesDbExists';
/** Dexie schema version written by this code. */
export const DB_VERSION = 1;

export interface Snapshot {
  records: AddedRecords;
  setAside: SetAside[];
  /** Every key in use, readable or not: new ids must avoid all of them. */
  keys: { articles: string[]; events: string[] };
}

class ArticlesDexie extends Dexie {
  articles!: Table<unknown, string>;
  events!: Table<unknown, string>;
  evidence!: Table<unknown, string>;
  constructor(name: string) {
    super(name);
    this.version(DB_VERSION).stores({ articles: 'id', events: 'id, articleId', evidence: 'id, eventId, articleId' });
  }
}

/** How the stored tables are read into records (records.ts): on this thread unless the app says otherwise. */
export type ReadTables = (raw: RawTables) => Promise<Pick<Snapshot, 'records' | 'setAside'>>;
const readTablesHere: ReadTables = (raw) => Promise.resolve(readAllRecords(raw));

export class DatabaseTooNew extends Error {}

export interface ArticlesDb {
  read(): Promise<Snapshot>;
  /** Calls back with a fresh snapshot now and after every change (any tab). */
  watch(onSnapshot: (s: Snapshot) => void, onError: (e: Error) => void): () => void;
  /** One article with its events and evidence, all or nothing; refuses any key already present. */
  addRecords(records: AddedRecords): Promise<void>;
  updateEvent(record: EventRecord): Promise<void>;
  removeEvent(id: string): Promise<void>;
  /** The article, its events and its evidence records. */
  removeArticle(id: string): Promise<void>;
  close(): void;
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

const tooNew = () =>
  new DatabaseTooNew(
    'Your articles were stored by a newer version of Briefline: they are not shown here and nothing is written, ' +
      'so nothing is lost. Open the newer version to see them.',
  );
const asError = (e: unknown) => (e instanceof Error ? e : new Error(describe(e)));
const keyList = (raw: readonly unknown[]) => raw.map((r) => String((r as { id?: unknown }).id));

export function openArticlesDb(name = DB_NAME, readTables: ReadTables = readTablesHere): ArticlesDb {
  const db = new ArticlesDexie(name);
  const opened = db.open().then(
    // Dexie 4 opens a database a newer version upgraded (at its version): refuse it ourselves.
    () => {
      if (Math.max(db.verno, db.backendDB().version / 10) > DB_VERSION) throw tooNew();
    },
    (e: unknown) => {
      if ((e as { name?: string })?.name === 'VersionError') throw tooNew();
      throw new Error(`The browser’s database could not be opened (${describe(e)}).`);
    },
  );
  opened.catch(() => {}); // reported by whoever awaits it
  const readRaw = async (): Promise<RawTables> => {
    await opened;
    return db.transaction('r', db.articles, db.events, db.evidence, async () => {
      const [articles, events, evidence] = await Promise.all([
        db.articles.toArray(),
        db.events.toArray(),
        db.evidence.toArray(),
      ]);
      return { articles, events, evidence };
    });
  };
  const toSnapshot = async (raw: RawTables): Promise<Snapshot> => ({
    ...(await readTables(raw)),
    keys: { articles: keyList(raw.articles), events: keyList(raw.events) },
  });
  return {
    read: async () => toSnapshot(await readRaw()),
    watch(onSnapshot, onError) {
      // Snapshots are read in the order the database changed, one after another.
      let reading = Promise.resolve();
      let live = true;
      const sub = liveQuery(readRaw).subscribe({
        next: (raw) => {
          reading = reading
            .then(() => toSnapshot(raw))
            .then(
              (snap) => {
                if (live) onSnapshot(snap);
              },
              (e: unknown) => {
                if (live) onError(asError(e));
              },
            );
        },
        error: (e: unknown) => onError(asError(e)),
      });
      return () => {
        live = false;
        sub.unsubscribe();
      };
    },
    async addRecords(r) {
      await opened;
      await db.transaction('rw', db.articles, db.events, db.evidence, async () => {
        if (r.articles.length) await db.articles.bulkAdd(r.articles as ArticleRecord[]);
        if (r.events.length) await db.events.bulkAdd(r.events as EventRecord[]);
        if (r.evidence.length) await db.evidence.bulkAdd(r.evidence as EvidenceRecord[]);
      });
    },
    async updateEvent(record) {
      await opened;
      await db.transaction('rw', db.events, async () => {
        // Only a readable record of this version is replaced; a set-aside one is left alone.
        const current = readRecords('events', [await db.events.get(record.id)]);
        if (current.records.length !== 1) throw new Error(`the event ${record.id} is not a readable record here`);
        await db.events.put(record);
      });
    },
    async removeEvent(id) {
      await opened;
      await db.events.delete(id);
    },
    async removeArticle(id) {
      await opened;
      await db.transaction('rw', db.articles, db.events, db.evidence, async () => {
        await db.events.where('articleId').equals(id).delete();
        await db.evidence.where('articleId').equals(id).delete();
        await db.articles.delete(id);
      });
    },
    close: () => db.close(),
  };
}
