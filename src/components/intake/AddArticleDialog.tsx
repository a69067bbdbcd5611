/**
 * The "Add an article" dialog (issue 16): the article (pasted, or a saved web page read in the
 * browser), its publication details, then its proposed events reviewed beside the text. Every
 * problem is shown at once beside its field; nothing typed is lost (the form stays filled).
 */
import { Activity, useEffect, useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { useEventList } from '../../app/derived';
import {
  checkArticleForm,
  duplicateOf,
  normaliseLineBreaks,
  type ArticleField,
  type ArticleForm,
  type FormProblem,
} from '../../lib/intake/article';
import { RECORD_VERSION, type ArticleRecord } from '../../lib/intake/records';
import { draftFromProposal, type Draft } from '../../lib/intake/drafts';
import { articleId } from '../../lib/propose/ids';
import { sha256Hex } from '../../lib/digest';
import { fileKind, readWebPage } from './readWebPage';
import { releaseProposer, runProposer, warmProposer } from './runProposer';
import { reviewKey, usePreparedReview } from './usePreparedReview';
import { ReviewPane } from './ReviewPane';
import { ArticleFields } from './ArticleFields';
import { takeDroppedFile } from '../common/droppedFile';
import { dayString } from '../../lib/days';
import './intake.css';

const EMPTY: ArticleForm = { text: '', published: '', outlet: '', agency: '', headline: '', url: '' };
/** The article of a review drawn before the click: its text and day (the rest is known at the click). */
const EMPTY_RECORD: ArticleRecord = { v: RECORD_VERSION, id: '', ...EMPTY, sha256: '', addedAt: '' };
const localToday = () => {
  const d = new Date();
  return dayString(d.getFullYear(), d.getMonth() + 1, d.getDate());
};

type Stage =
  | { kind: 'form' }
  | { kind: 'proposing'; fraction: number }
  | { kind: 'review'; article: ArticleRecord; drafts: Draft[]; key: number };

export function AddArticleDialog() {
  const open = useStore((s) => s.addDialogOpen);
  const setOpen = useStore((s) => s.setAddDialogOpen);
  const list = useEventList();
  const ref = useRef<HTMLDialogElement>(null);
  const [form, setForm] = useState<ArticleForm>(EMPTY);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [offerPaste, setOfferPaste] = useState(false);
  const [stage, setStage] = useState<Stage>({ kind: 'form' });
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const d = ref.current;
    if (open && d && !d.open) d.showModal();
    if (!open && d?.open) d.close();
    if (!open) releaseProposer();
    if (open) {
      const dropped = takeDroppedFile();
      if (dropped) void readFile(dropped);
    }
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- readFile only uses state setters
  }, [open]);
  // the workers start when the dialog opens, and learn the event list as soon as there is one
  useEffect(() => {
    if (open) warmProposer(list);
  }, [open, list]);

  // the proposals are prepared, and their review drawn hidden, while the analyst fills in the rest
  const { prepared, take } = usePreparedReview(open && stage.kind === 'form', list, form, localToday());

  const set = (field: ArticleField, value: string) => setForm((f) => ({ ...f, [field]: value }));

  async function readFile(file: File) {
    setOfferPaste(false);
    const kind = fileKind(file);
    if (kind === 'other') {
      setProblems([
        {
          field: 'text',
          message:
            `${file.name} is neither a text file (.txt) nor a saved web page (.html, .htm): ` +
            'paste the article instead.',
        },
      ]);
      return;
    }
    const raw = await file.text();
    if (kind === 'text') {
      setForm((f) => ({ ...f, text: raw }));
      setNotes([`Text read from ${file.name}.`]);
      setProblems([]);
      return;
    }
    const r = readWebPage(raw);
    if (!r.ok) {
      setProblems([{ field: 'text', message: `${file.name}: ${r.error} Paste the article’s text instead.` }]);
      setOfferPaste(true);
      return;
    }
    const v = r.value;
    setForm((f) => ({
      ...f,
      text: v.text,
      headline: v.headline || f.headline,
      outlet: v.outlet || f.outlet,
      published: v.published || f.published,
      url: v.url || f.url,
    }));
    const found = [
      v.headline && 'headline',
      v.outlet && 'outlet',
      v.published && 'publication date',
      v.url && 'address',
    ].filter(Boolean);
    setNotes([
      `Article text extracted from ${file.name}.` +
        (found.length ? ` Prefilled from the page: ${found.join(', ')} — check them before going on.` : ''),
    ]);
    setProblems([]);
  }

  async function propose() {
    if (!list) return;
    const { text, changed } = normaliseLineBreaks(form.text);
    const found = checkArticleForm({ ...form, text }, localToday());
    const sha256 = found.length ? null : await sha256Hex(text);
    if (sha256) {
      const known = useStore.getState().added.records.articles;
      const dup =
        duplicateOf(sha256, known) ??
        (list.sources.some((s) => s.sha256 === sha256)
          ? `This text is already on the timeline as ${list.sources.find((s) => s.sha256 === sha256)!.id}.`
          : null);
      if (dup) found.push({ field: 'text', message: dup });
    }
    setProblems(found);
    if (found.length || !sha256) return;
    setNotes((n) => [
      ...n.filter((x) => !x.startsWith('Line breaks')),
      ...(changed ? [`Line breaks: ${changed} written as \\n (once, before any offset is taken).`] : []),
    ]);
    const taken = [...list.sources.map((s) => s.id), ...useStore.getState().added.keys.articles];
    const id = articleId(form.outlet.trim(), form.published, taken);
    const article: ArticleRecord = {
      v: RECORD_VERSION,
      id,
      text,
      published: form.published,
      outlet: form.outlet.trim(),
      agency: form.agency.trim(),
      headline: form.headline.trim(),
      url: form.url.trim(),
      sha256,
      addedAt: new Date().toISOString(),
    };
    const ready = take();
    if (ready) return setStage({ kind: 'review', article, drafts: ready.drafts, key: ready.key });
    setStage({ kind: 'proposing', fraction: 0 });
    try {
      const proposals = await runProposer(
        { id, text, published: form.published, outlet: article.outlet, headline: article.headline, url: article.url },
        list,
        (fraction) => setStage({ kind: 'proposing', fraction }),
      );
      setStage({ kind: 'review', article, drafts: proposals.map(draftFromProposal), key: reviewKey() });
    } catch (e) {
      setStage({ kind: 'form' });
      setProblems([
        { field: 'text', message: `The article could not be read: ${e instanceof Error ? e.message : String(e)}` },
      ]);
    }
  }

  const finish = () => {
    setForm(EMPTY);
    setNotes([]);
    setProblems([]);
    setStage({ kind: 'form' });
    setOpen(false);
  };

  const review =
    stage.kind === 'review'
      ? stage
      : prepared && { article: { ...EMPTY_RECORD, text: prepared.text, published: prepared.published }, ...prepared };
  return (
    <dialog
      ref={ref}
      className={`add-article${stage.kind === 'review' ? ' is-review' : ''}`}
      aria-labelledby="add-article-title"
      onClose={() => setOpen(false)}
    >
      <div className="aa-head">
        <h2 id="add-article-title">Add an article</h2>
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
      {review && list && (
        // the prepared review is drawn hidden before the click; the click shows it (the same one)
        <Activity mode={stage.kind === 'review' ? 'visible' : 'hidden'}>
          <ReviewPane
            key={review.key}
            article={review.article}
            initial={review.drafts}
            list={list}
            onBack={() => setStage({ kind: 'form' })}
            onDone={finish}
          />
        </Activity>
      )}
      {stage.kind !== 'review' && (
        <form
          className="aa-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void propose();
          }}
        >
          <ArticleFields form={form} problems={problems} set={set} textRef={textRef} onFile={(f) => void readFile(f)} />
          {notes.map((n) => (
            <p key={n} className="aa-note">
              {n}
            </p>
          ))}
          {problems.length > 0 && (
            <div role="alert" className="aa-problems">
              <p>
                Please fix {problems.length === 1 ? 'this' : `these ${problems.length} things`} (nothing you typed was
                lost):
              </p>
              <ul>
                {problems.map((p) => (
                  <li key={p.field + p.message}>{p.message}</li>
                ))}
              </ul>
              {offerPaste && (
                <button type="button" onClick={() => textRef.current?.focus()}>
                  Paste the text instead
                </button>
              )}
            </div>
          )}
          {stage.kind === 'proposing' ? (
            <p className="aa-progress">
              <label>
                Reading the article… <progress value={stage.fraction} max={1} aria-label="Reading the article" />
              </label>
            </p>
          ) : (
            <button type="submit" className="aa-primary">
              Propose events
            </button>
          )}
        </form>
      )}
    </dialog>
  );
}
