/**
 * Proposals prepared while the analyst fills in the form: 250 ms after the last change to the text or the
 * day (when both are valid and the text is at most PREPARE_MAX_CHARS), the proposer runs on them; once it is
 * done, the dialog draws the review hidden, so that "Propose events" only has to show it. The proposals
 * depend on the text, the day and the event list only (the id, outlet and headline come at the click).
 */
import { useEffect, useState } from 'react';
import type { EventList } from '../../lib/schema';
import { normaliseLineBreaks, type ArticleForm } from '../../lib/intake/article';
import { draftFromProposal, type Draft } from '../../lib/intake/drafts';
import { isRealDay } from '../../lib/schema';
import { prepareProposals, PREPARE_MAX_CHARS } from './runProposer';

/** The form is still for this long after a change to the text or the day: its proposals are prepared. */
const PREPARE_AFTER_MS = 250;

export interface PreparedReview {
  /** The form's text as typed, and as it will be kept (line breaks normalised). */
  raw: string;
  text: string;
  published: string;
  list: EventList;
  drafts: Draft[];
  /** Names the review drawn for it (a new one for each preparation). */
  key: number;
}

let nextKey = 1;
/** A key for a review drawn from proposals made on the click. */
export const reviewKey = () => nextKey++;

/**
 * The prepared review for the form as it is now, or null (none yet, or the text, day or list changed since),
 * and `take`, which hands it over to be shown (it is then no longer the prepared one: after "Back to the
 * article" a fresh one is drawn, as a new click would propose afresh). `active`: the dialog shows the form.
 */
export function usePreparedReview(
  active: boolean,
  list: EventList | null,
  form: Pick<ArticleForm, 'text' | 'published'>,
  today: string,
): { prepared: PreparedReview | null; take: () => PreparedReview | null } {
  const [ready, setReady] = useState<PreparedReview | null>(null);
  const { text: raw, published } = form;
  useEffect(() => {
    if (!active || !list || raw.length > PREPARE_MAX_CHARS) return;
    if (!raw.trim() || !isRealDay(published) || published > today) return;
    let live = true;
    const timer = setTimeout(() => {
      const text = normaliseLineBreaks(raw).text;
      prepareProposals({ id: 'prepared', text, published }, list)?.then(
        (proposals) => {
          if (live)
            setReady({ raw, text, published, list, drafts: proposals.map(draftFromProposal), key: reviewKey() });
        },
        // a failed run is proposed again on the click, which reports its error
        () => {},
      );
    }, PREPARE_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [active, list, raw, published, today]);
  const prepared =
    active && ready && ready.raw === raw && ready.published === published && ready.list === list ? ready : null;
  const take = () => {
    setReady(null);
    return prepared;
  };
  return { prepared, take };
}
