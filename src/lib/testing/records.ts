/** Test records of articles added in the browser (unit tests only): one builder, with what a test needs changed. */
import { RECORD_VERSION, type ArticleRecord } from '../intake/records';

export function articleRecord(id: string, patch: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    v: RECORD_VERSION,
    id,
    text: 'On Friday, the ministers met.',
    published: '2020-07-24',
    outlet: 'Test',
    agency: '',
    headline: 'H',
    url: 'https://example.com/a',
    sha256: 'a'.repeat(64),
    addedAt: '2026-12-01T10:00:00Z',
    ...patch,
  };
}
