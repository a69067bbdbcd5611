import { useEffect, useState } from 'react';
import { validateEventList, formatProblem, type EventList } from './lib/schema';

type Load = { state: 'loading' } | { state: 'ok'; data: EventList } | { state: 'error'; messages: string[] };

/** First page: the validated event list as a plain list (the timeline comes next). */
export function App() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    fetch(`${import.meta.env.BASE_URL}data/events.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`events.json: HTTP ${r.status}`))))
      .then((json: unknown) => {
        const v = validateEventList(json);
        setLoad(v.ok ? { state: 'ok', data: v.value } : { state: 'error', messages: v.problems.map(formatProblem) });
      })
      .catch((e: unknown) => setLoad({ state: 'error', messages: [String(e)] }));
  }, []);
  if (load.state === 'loading') return <p>Loading events…</p>;
  if (load.state === 'error')
    return (
      <main>
        <h1>Briefline</h1>
        <p role="alert">The event list could not be loaded:</p>
        <ul>{load.messages.map((m) => <li key={m}>{m}</li>)}</ul>
      </main>
    );
  return (
    <main>
      <h1>{load.data.title}</h1>
      <ol>
        {load.data.events.map((ev) => (
          <li key={ev.id}>
            <strong>{ev.title}</strong> — {ev.date.expression}
          </li>
        ))}
      </ol>
    </main>
  );
}
