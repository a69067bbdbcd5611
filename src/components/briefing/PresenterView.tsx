/** The presenter view (second window): the current step, the talking points in large type, the next step, a clock. */
import { useEffect, useState } from 'react';
import type { StepView } from '../../lib/briefing/present';
import { Slide } from './Slide';

function Clock() {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const s = Math.floor((now - start) / 1000);
  return (
    <p className="presenter-clock">
      Elapsed {Math.floor(s / 60)}:{String(s % 60).padStart(2, '0')}
    </p>
  );
}

export function PresenterView({ views, step }: { views: StepView[]; step: number }) {
  const view = views[step];
  const next = views[step + 1];
  if (!view) return null;
  return (
    <div className="presenter-view">
      <section className="presenter-current" aria-label="Current step">
        <Slide view={view} />
      </section>
      <section className="presenter-notes-large" aria-label="Talking points">
        <h2>Talking points</h2>
        <p className="presenter-notes-text">{view.talkingPoints || 'No talking points for this step.'}</p>
        <p className="presenter-next">{next ? `Next: ${next.title}` : 'Last step.'}</p>
        <Clock />
      </section>
    </div>
  );
}
