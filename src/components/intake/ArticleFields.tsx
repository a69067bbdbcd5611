/** The article and its publication details, each field with its own problem beside it. */
import type { RefObject } from 'react';
import type { ArticleField, ArticleForm, FormProblem } from '../../lib/intake/article';

const FIELDS: {
  field: Exclude<ArticleField, 'text'>;
  label: string;
  type: string;
  hint?: string;
  required?: boolean;
}[] = [
  { field: 'published', label: 'Published', type: 'date', required: true },
  { field: 'outlet', label: 'Outlet', type: 'text', required: true },
  { field: 'agency', label: 'Agency', type: 'text', hint: 'optional, e.g. PTI' },
  { field: 'headline', label: 'Headline', type: 'text', required: true },
  { field: 'url', label: 'Address', type: 'url', hint: 'http or https', required: true },
];

interface Props {
  form: ArticleForm;
  problems: FormProblem[];
  set: (field: ArticleField, value: string) => void;
  textRef: RefObject<HTMLTextAreaElement | null>;
  onFile: (file: File) => void;
}

export function ArticleFields({ form, problems, set, textRef, onFile }: Props) {
  const problemOf = (f: ArticleField) => problems.find((p) => p.field === f)?.message;
  const textProblem = problemOf('text');
  return (
    <>
      <p className="aa-file">
        <label htmlFor="aa-file">Saved web page or text file</label>{' '}
        <input
          id="aa-file"
          type="file"
          accept=".html,.htm,.txt,text/html,text/plain"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) onFile(f);
          }}
        />
      </p>
      <p className="aa-field aa-text">
        <label htmlFor="aa-text">Article text</label>
        <textarea
          id="aa-text"
          ref={textRef}
          rows={10}
          value={form.text}
          onChange={(e) => set('text', e.target.value)}
          aria-invalid={textProblem ? true : undefined}
          aria-describedby={textProblem ? 'aa-text-problem' : 'aa-text-hint'}
        />
        <span id="aa-text-hint" className="aa-hint">
          Kept exactly as pasted; line breaks are written as \n once, before any offset is taken.
        </span>
        {textProblem && (
          <span id="aa-text-problem" className="aa-field-problem">
            {textProblem}
          </span>
        )}
      </p>
      <div className="aa-meta">
        {FIELDS.map(({ field, label, type, hint, required }) => {
          const problem = problemOf(field);
          return (
            <p key={field} className="aa-field">
              <label htmlFor={`aa-${field}`}>
                {label}
                {required && <span aria-hidden="true"> *</span>}
              </label>
              <input
                id={`aa-${field}`}
                type={type}
                value={form[field]}
                required={required}
                onChange={(e) => set(field, e.target.value)}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `aa-${field}-problem` : hint ? `aa-${field}-hint` : undefined}
              />
              {hint && !problem && (
                <span id={`aa-${field}-hint`} className="aa-hint">
                  {hint}
                </span>
              )}
              {problem && (
                <span id={`aa-${field}-problem`} className="aa-field-problem">
                  {problem}
                </span>
              )}
            </p>
          );
        })}
      </div>
    </>
  );
}
