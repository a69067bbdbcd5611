import { readFileSync } from 'node:fs';
import type { EventList } from '../../src/lib/schema.ts';
import { contextWithout } from '../../src/lib/propose/evaluate.ts';
import { proposeEvents } from '../../src/lib/propose/propose.ts';
import { plan } from '../extract/run.ts';
const built = plan('data');
if (!built.ok) throw new Error('x');
const doc = JSON.parse(built.files.get('events.json')!.toString('utf8')) as EventList;
for (const s of doc.sources) {
  const text = readFileSync(`data/articles/${s.id}.txt`, 'utf8');
  const props = proposeEvents({ id: s.id, text, published: s.published }, { events: contextWithout(doc, s.id), themes: doc.themes });
  console.log('==', s.id);
  for (const q of props) console.log(JSON.stringify([q.date.start ?? 'before', q.status, q.title, q.actors.join('/'), q.themes.map((t) => `${t.id}:${t.triggers.join(',')}`).join(' '), q.corroborates?.eventId ?? '']));
}
