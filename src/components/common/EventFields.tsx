/** The fields of an event the analyst writes or corrects, shared by a proposal's editor and "Edit event". */
import type { Status, Theme } from '../../lib/schema';

export interface EventFieldValues {
  title: string;
  summary: string;
  /** The article's words that date it (inside the quote). */
  expression: string;
  /** Nothing dates it: it happened before publication. */
  undated: boolean;
  status: Status;
  actors: string[];
  themes: string[];
}

interface Props {
  value: EventFieldValues;
  themes: readonly Theme[];
  onChange: (patch: Partial<EventFieldValues>) => void;
}

export function EventFields({ value: v, themes, onChange }: Props) {
  return (
    <>
      <label>
        Title <input value={v.title} onChange={(e) => onChange({ title: e.target.value })} />
      </label>
      <label>
        Summary <textarea rows={3} value={v.summary} onChange={(e) => onChange({ summary: e.target.value })} />
      </label>
      <label>
        Date expression (the article’s words, inside the quote){' '}
        <input value={v.expression} onChange={(e) => onChange({ expression: e.target.value })} />
      </label>
      <label className="aa-inline">
        <input type="checkbox" checked={v.undated} onChange={(e) => onChange({ undated: e.target.checked })} /> Undated:
        happened before publication
      </label>
      <label>
        Status{' '}
        <select value={v.status} onChange={(e) => onChange({ status: e.target.value as Status })}>
          <option value="reported">reported</option>
          <option value="planned">planned</option>
        </select>
      </label>
      <label>
        Actors (comma separated){' '}
        <input
          value={v.actors.join(', ')}
          onChange={(e) => onChange({ actors: e.target.value.split(',').map((a) => a.trimStart()) })}
        />
      </label>
      <fieldset className="aa-themes">
        <legend>Themes</legend>
        {themes.map((t) => (
          <label key={t.id} className="aa-inline">
            <input
              type="checkbox"
              checked={v.themes.includes(t.id)}
              onChange={(e) =>
                onChange({ themes: e.target.checked ? [...v.themes, t.id] : v.themes.filter((x) => x !== t.id) })
              }
            />{' '}
            {t.label}
          </label>
        ))}
      </fieldset>
    </>
  );
}
