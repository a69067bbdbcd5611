/** One proposed event: its date and title, Accept / Edit / Reject, and the editor for its fields. */
import { useState } from 'react';
import type { Draft } from '../../lib/intake/drafts';
import type { Theme } from '../../lib/schema';
import { explainDate } from '../../lib/dateExplain';
import { EventFields } from '../common/EventFields';

interface Props {
  draft: Draft;
  themes: readonly Theme[];
  current: boolean;
  problems: string[];
  picked: boolean;
  onChange: (d: Draft) => void;
  onShow: () => void;
  onPick: (on: boolean) => void;
}

const dateLabel = (d: Draft) => {
  // A passage chosen as evidence for an existing event takes that event's date: it needs none of its own.
  if (d.corroborates && !d.expression) return 'more evidence';
  if (
    d.proposedDate &&
    d.expression === d.proposedDate.expression &&
    d.undated === (d.proposedDate.precision === 'before')
  )
    return explainDate(d.proposedDate).label;
  return d.expression ? `“${d.expression}”${d.undated ? ' (undated, before publication)' : ''}` : 'no date yet';
};

export function DraftItem({ draft: d, themes, current, problems, picked, onChange, onShow, onPick }: Props) {
  const [editing, setEditing] = useState(d.title === '');
  const set = (patch: Partial<Draft>) => onChange({ ...d, ...patch });
  const id = `draft-${d.key.replace(/[^a-z0-9-]/gi, '_')}`;
  const label = `${dateLabel(d)} — ${d.title || 'untitled'}`;
  const themeNames = d.themes.map(
    (t) =>
      (themes.find((x) => x.id === t)?.label ?? t) +
      (d.themeTriggers[t]?.length ? ` (${d.themeTriggers[t]!.join(', ')})` : ''),
  );
  return (
    <li className={`aa-draft is-${d.decision}${current ? ' is-current' : ''}`} aria-labelledby={`${id}-label`}>
      <p className="aa-draft-head">
        <input
          type="checkbox"
          checked={picked}
          onChange={(e) => onPick(e.target.checked)}
          aria-label={`Pick to merge: ${d.title || 'untitled'}`}
        />
        <button type="button" className="aa-draft-show" id={`${id}-label`} onClick={onShow}>
          {label}
        </button>
        <span className="aa-decision">
          {d.decision === 'accepted' ? 'Accepted' : d.decision === 'rejected' ? 'Rejected' : ''}
        </span>
      </p>
      {d.corroborates && <p className="aa-corroborates">More evidence for: {d.corroborates.title}</p>}
      <p className="aa-draft-meta muted">
        {d.status === 'planned' ? 'Planned. ' : ''}
        {d.themes.length ? `Themes: ${themeNames.join('; ')}. ` : d.corroborates ? '' : 'No theme yet. '}
        {d.actors.length ? `Actors: ${d.actors.join(', ')}.` : ''}
      </p>
      <div className="aa-draft-buttons">
        <button
          type="button"
          aria-pressed={d.decision === 'accepted'}
          onClick={() => set({ decision: d.decision === 'accepted' ? 'pending' : 'accepted' })}
        >
          Accept
        </button>
        <button type="button" aria-expanded={editing} aria-controls={`${id}-edit`} onClick={() => setEditing(!editing)}>
          Edit
        </button>
        <button
          type="button"
          aria-pressed={d.decision === 'rejected'}
          onClick={() => set({ decision: d.decision === 'rejected' ? 'pending' : 'rejected' })}
        >
          Reject
        </button>
      </div>
      {problems.length > 0 && (
        <ul className="aa-draft-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {editing && (
        <fieldset id={`${id}-edit`} className="aa-edit">
          <legend>Edit {d.title || 'the new event'}</legend>
          <EventFields value={d} themes={themes} onChange={set} />
          {d.corroborates && (
            <button type="button" onClick={() => set({ corroborates: undefined })}>
              Make it a new event instead
            </button>
          )}
        </fieldset>
      )}
    </li>
  );
}
