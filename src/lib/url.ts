/**
 * The shareable state in the URL hash: a validated encode/decode pair (pure).
 *
 *   #sel=<event id>&hide=<theme,theme>&q=<search>&from=YYYY-MM-DD&to=YYYY-MM-DD&view=list&win=<ms>..<ms>&match=all
 *
 * Only the state table's link rows (URL_STATE_KEYS) are shared. Defaults are left out, so the plain address is
 * the default view. Decoding never throws: a malformed value is dropped and reported in
 * `problems` (the app shows them as notices); whether an id exists is checked by the app.
 */
import { z } from './zodMini';
import { isRealDay, slugId } from './schema';
import { compareDays } from './days';
import { LINK_KEYS, PRESENTATION_PARAMS, STATE_TABLE, type LinkState } from './appState';

/** The store's keys the link carries: the rows of STATE_TABLE kept in the address by this codec. */
export const URL_STATE_KEYS = LINK_KEYS;

/** The state a link carries: derived from the state table (src/lib/appState.ts). */
export type UrlState = LinkState;

export const DEFAULT_URL_STATE: UrlState = {
  selectedId: null,
  hiddenThemes: [],
  themeMatch: 'any',
  query: '',
  period: { from: null, to: null },
  view: 'timeline',
  window: null,
};

/** Hash parameter names, from the state table. */
const PARAM = {
  selectedId: STATE_TABLE.selectedId.params[0],
  hiddenThemes: STATE_TABLE.hiddenThemes.params[0],
  themeMatch: STATE_TABLE.themeMatch.params[0],
  query: STATE_TABLE.query.params[0],
  from: STATE_TABLE.period.params[0],
  to: STATE_TABLE.period.params[1],
  view: STATE_TABLE.view.params[0],
  window: STATE_TABLE.window.params[0],
} as const;

const MAX_QUERY = 200;
/**
 * Epoch ms a Date holds (about 271,821 BC to AD 275,760: an imported file of BC years has its window in the link
 * too); anything else is garbage.
 */
const DATE_MS = 8_640_000_000_000_000;
const epoch = z.int().check(z.gte(-DATE_MS), z.lte(DATE_MS));
const day = z.string().check(z.refine(isRealDay));
const windowSchema = z.pipe(
  z.tuple([epoch, epoch]).check(z.refine(([s, e]) => e > s)),
  z.transform(([start, end]: [number, number]) => ({ start, end })),
);

export interface DecodedHash {
  state: UrlState;
  /** Human-readable reasons some part of the hash was ignored. */
  problems: string[];
}

export function decodeHash(hash: string): DecodedHash {
  const problems: string[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE, period: { from: null, to: null }, hiddenThemes: [] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { state, problems: ['The link could not be read and was ignored.'] };
  }
  const bad = (what: string, value: string) => problems.push(`Ignored ${what} "${value.slice(0, 60)}" in the link.`);

  const sel = params.get(PARAM.selectedId);
  if (sel !== null && sel !== '') {
    if (slugId.safeParse(sel).success) state.selectedId = sel;
    else bad('event id', sel);
  }
  const hide = params.get(PARAM.hiddenThemes);
  if (hide !== null && hide !== '') {
    for (const t of hide.split(',')) {
      if (slugId.safeParse(t).success) {
        if (!state.hiddenThemes.includes(t)) state.hiddenThemes.push(t);
      } else bad('theme', t);
    }
  }
  const match = params.get(PARAM.themeMatch);
  if (match !== null && match !== '') {
    if (match === 'all' || match === 'any') state.themeMatch = match;
    else bad('theme match', match);
  }
  const q = params.get(PARAM.query);
  if (q !== null) state.query = q.slice(0, MAX_QUERY);
  for (const k of ['from', 'to'] as const) {
    const v = params.get(PARAM[k]);
    if (v === null || v === '') continue;
    if (day.safeParse(v).success) state.period[k] = v;
    else bad(k === 'from' ? 'start date' : 'end date', v);
  }
  if (state.period.from && state.period.to && compareDays(state.period.from, state.period.to) > 0) {
    problems.push('Ignored the period in the link: it ends before it starts.');
    state.period = { from: null, to: null };
  }
  const view = params.get(PARAM.view);
  if (view !== null && view !== '') {
    if (view === 'list' || view === 'timeline') state.view = view;
    else bad('view', view);
  }
  const win = params.get(PARAM.window);
  if (win !== null && win !== '') {
    const parts = win.split('..');
    const parsed = windowSchema.safeParse(
      parts.length === 2 && parts.every((p) => /^-?\d+$/.test(p)) ? parts.map(Number) : null,
    );
    if (parsed.success) state.window = parsed.data;
    else bad('time window', win);
  }
  return { state, problems };
}

/** The hash for a state, "" for the default state. Stable key order. */
export function encodeHash(state: UrlState): string {
  const p = new URLSearchParams();
  if (state.selectedId) p.set(PARAM.selectedId, state.selectedId);
  if (state.hiddenThemes.length) p.set(PARAM.hiddenThemes, state.hiddenThemes.toSorted().join(','));
  if (state.query) p.set(PARAM.query, state.query.slice(0, MAX_QUERY));
  if (state.period.from) p.set(PARAM.from, state.period.from);
  if (state.period.to) p.set(PARAM.to, state.period.to);
  if (state.view !== 'timeline') p.set(PARAM.view, state.view);
  if (state.window) p.set(PARAM.window, `${Math.round(state.window.start)}..${Math.round(state.window.end)}`);
  if (state.themeMatch === 'all') p.set(PARAM.themeMatch, 'all');
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** Pick the shared keys out of a larger state object. */
export function pickUrlState(s: UrlState): UrlState {
  return Object.fromEntries(URL_STATE_KEYS.map((k) => [k, s[k]])) as unknown as UrlState;
}

/**
 * Keys owned by the presentation address (src/lib/briefing/address.ts). They are not app state;
 * the app only carries them over, in this order, when it rewrites the hash.
 */
export const PRESENT_KEYS = PRESENTATION_PARAMS;

export function carryPresentKeys(next: string, current: string): string {
  const cur = new URLSearchParams(current.replace(/^#/, ''));
  const extra = new URLSearchParams();
  for (const k of PRESENT_KEYS) {
    const v = cur.get(k);
    if (v !== null) extra.set(k, v);
  }
  const e = extra.toString();
  if (!e) return next;
  return next ? `${next}&${e}` : `#${e}`;
}
