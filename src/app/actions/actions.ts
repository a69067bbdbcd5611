/**
 * Every keyboard action of the app, in one table (see src/lib/actions/commands.ts). Regions do not listen
 * to keys: the one dispatcher (useKeyboardActions) picks from this table, and regions lend it what only
 * they can do (the timeline's cursor, the details panel's walk, ...) as layers while they are shown.
 * Esc goes to the top layer: the presentation, the import report, the export menu, a search box with
 * text, the source reader, the timeline's selection, then the details panel.
 */
import type { Action } from '../../lib/actions/commands';
import { navigate, type PresentAction } from '../../lib/briefing/keys';
import type { StripKey as OverviewKey } from '../../lib/overview/scale';

/** Where the key press came from (the dispatcher reads it off the event target). */
export type KeyOrigin = 'page' | 'button' | 'field' | 'search' | 'timeline' | 'overview';

/** What regions lend the dispatcher while they are shown. */
export interface KeyLayers {
  timeline: {
    /** The event the keyboard cursor is on, if any. */
    cursor(): string | null;
    moveCursor(key: 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End'): void;
    clearSelection(): void;
    zoom(direction: 'in' | 'out'): void;
  };
  /** The overview strip under the timeline: its window range is a slider. */
  overview: { step(key: OverviewKey): void };
  details: { previous(): void; next(): void; close(): void; focusTitle(): void };
  exportMenu: { close(): void };
  /** The briefing panel's list of steps: Alt+↑/↓ moves the step the key came from. */
  steps: { move(index: number, by: -1 | 1): void };
  presenter: { openPresenterWindow(): void };
}

/** The store's part the actions read and call (a structural subset of the store). */
export interface KeyStore {
  selectedId: string | null;
  query: string;
  sourceView: unknown;
  importReport: unknown;
  presentation: { step: number } | null;
  presentationSteps: number;
  selectEvent(id: string | null): void;
  setQuery(query: string): void;
  closeSource(): void;
  setImportReport(report: null): void;
  stopPresenting(): void;
  toggleBlank(): void;
  toggleNotes(): void;
  goToStep(step: number): void;
}

export interface KeyState {
  key: string;
  origin: KeyOrigin;
  store: KeyStore;
  /** Which layers are shown now. */
  layers: ReadonlySet<keyof KeyLayers>;
  /** The briefing step the key came from (focus anywhere inside it, its fields too), if any. */
  step: number | null;
}

export interface KeyApi {
  store: KeyStore;
  layers: Partial<KeyLayers>;
}

export type AppAction = Action<KeyState, KeyApi>;

const presenting = (s: KeyState) => s.store.presentation !== null;
/** A modal dialog owns the keyboard: nothing behind it answers keys. */
const modal = (s: KeyState) => presenting(s) || s.store.importReport !== null;
const typing = (s: KeyState) => s.origin === 'field' || s.origin === 'search';
const onTimeline = (s: KeyState) => s.origin === 'timeline' && !modal(s) && s.layers.has('timeline');
const onOverview = (s: KeyState) => s.origin === 'overview' && !modal(s) && s.layers.has('overview');
/** The details panel's keys: while it is the top layer and the key is not typed into a field. */
const detailsKeys = (s: KeyState) =>
  s.layers.has('details') && !modal(s) && !s.layers.has('exportMenu') && !s.store.sourceView && !typing(s);

function moveStep(by: -1 | 1): AppAction {
  return {
    name: by < 0 ? 'step-move-up' : 'step-move-down',
    label: by < 0 ? 'Move up' : 'Move down',
    description: by < 0 ? 'Move the step up' : 'Move the step down',
    keys: [by < 0 ? 'ArrowUp' : 'ArrowDown'],
    alt: true,
    priority: 50,
    enabled: (s) => s.step !== null && !modal(s) && s.layers.has('steps'),
    perform: (s, api) => {
      if (s.step !== null) api.layers.steps?.move(s.step, by);
    },
  };
}

function presentStep(name: PresentAction, description: string, keys: string[], keyLabel: string): AppAction {
  return {
    name: `present-${name}`,
    label: description,
    description,
    keys,
    keyLabel,
    priority: 100,
    enabled: presenting,
    perform: ({ store }) => {
      if (store.presentation) store.goToStep(navigate(name, store.presentation.step, store.presentationSteps));
    },
  };
}

export const PRESENT_ACTIONS = {
  next: presentStep(
    'next',
    'Next step',
    ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'Enter'],
    '→ ↓ PageDown Space Enter',
  ),
  prev: presentStep('prev', 'Previous step', ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'], '← ↑ PageUp Backspace'),
  first: presentStep('first', 'First step', ['Home'], 'Home'),
  last: presentStep('last', 'Last step', ['End'], 'End'),
  blank: {
    name: 'present-blank',
    label: 'Blank',
    description: 'Blank the screen',
    keys: ['b', 'B', '.'],
    keyLabel: 'B .',
    priority: 100,
    enabled: presenting,
    perform: ({ store }) => store.toggleBlank(),
  },
  notes: {
    name: 'present-notes',
    label: 'Notes',
    description: 'Show the talking points',
    keys: ['n', 'N'],
    keyLabel: 'N',
    priority: 100,
    enabled: presenting,
    perform: ({ store }) => store.toggleNotes(),
  },
  presenterView: {
    name: 'present-presenter-view',
    label: 'Presenter view',
    description: 'Open the presenter view in a second window',
    keys: ['p', 'P'],
    keyLabel: 'P',
    priority: 100,
    enabled: presenting,
    perform: (_s, api) => api.layers.presenter?.openPresenterWindow(),
  },
  exit: {
    name: 'present-exit',
    label: 'Exit',
    description: 'Leave the presentation',
    keys: ['Escape'],
    priority: 100,
    enabled: presenting,
    perform: ({ store }) => store.stopPresenting(),
  },
} satisfies Record<string, AppAction>;

export const APP_ACTIONS = {
  closeImportReport: {
    name: 'close-import-report',
    label: 'Close',
    description: 'Close the import report',
    keys: ['Escape'],
    priority: 90,
    enabled: (s) => !presenting(s) && s.store.importReport !== null,
    perform: ({ store }) => store.setImportReport(null),
  },
  closeExportMenu: {
    name: 'close-export-menu',
    label: 'Close',
    description: 'Close the export menu',
    keys: ['Escape'],
    priority: 80,
    enabled: (s) => !modal(s) && s.layers.has('exportMenu'),
    perform: (_s, api) => api.layers.exportMenu?.close(),
  },
  clearSearch: {
    name: 'clear-search',
    label: 'Clear',
    description: 'Clear the search',
    keys: ['Escape'],
    priority: 70,
    enabled: (s) => !modal(s) && s.origin === 'search' && s.store.query !== '',
    perform: ({ store }) => store.setQuery(''),
  },
  closeSource: {
    name: 'close-source',
    label: 'Close source text',
    description: 'Close',
    keys: ['Escape'],
    priority: 60,
    enabled: (s) => !modal(s) && !s.layers.has('exportMenu') && s.store.sourceView !== null,
    perform: ({ store }) => store.closeSource(),
  },
  clearTimelineSelection: {
    name: 'timeline-clear-selection',
    label: 'Clear selection',
    description: 'Clear the selection',
    keys: ['Escape'],
    keyLabel: 'Esc',
    priority: 50,
    enabled: (s) => onTimeline(s) && s.store.selectedId !== null && !s.store.sourceView,
    perform: (_s, api) => api.layers.timeline?.clearSelection(),
  },
  moveCursor: {
    name: 'timeline-move-cursor',
    label: 'Move',
    description: 'Move between events',
    keys: ['ArrowLeft', 'ArrowRight', 'Home', 'End'],
    keyLabel: '← →',
    priority: 50,
    enabled: onTimeline,
    perform: (s, api) => api.layers.timeline?.moveCursor(s.key as 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End'),
  },
  openCursor: {
    name: 'timeline-open',
    label: 'Open',
    description: 'Open the event',
    keys: ['Enter'],
    priority: 50,
    enabled: onTimeline,
    perform: ({ store }, { layers }) => {
      const id = layers.timeline?.cursor() ?? store.selectedId;
      if (id && id !== store.selectedId) store.selectEvent(id);
      else if (id) layers.details?.focusTitle();
    },
  },
  zoomIn: {
    name: 'timeline-zoom-in',
    label: 'Zoom in',
    description: 'Zoom in',
    keys: ['+', '='],
    keyLabel: '+',
    priority: 50,
    enabled: (s) => onTimeline(s) || (onOverview(s) && s.layers.has('timeline')),
    perform: (_s, api) => api.layers.timeline?.zoom('in'),
  },
  zoomOut: {
    name: 'timeline-zoom-out',
    label: 'Zoom out',
    description: 'Zoom out',
    keys: ['-'],
    priority: 50,
    enabled: (s) => onTimeline(s) || (onOverview(s) && s.layers.has('timeline')),
    perform: (_s, api) => api.layers.timeline?.zoom('out'),
  },
  moveOverview: {
    name: 'overview-move',
    label: 'Move the window',
    description: 'Move the timeline window (overview strip)',
    keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'],
    keyLabel: '← → PageUp PageDown Home End',
    priority: 50,
    enabled: onOverview,
    perform: (s, api) => api.layers.overview?.step(s.key as OverviewKey),
  },
  previousEvent: {
    name: 'details-previous',
    label: 'Previous',
    description: 'Previous event',
    keys: ['['],
    priority: 40,
    enabled: detailsKeys,
    perform: (_s, api) => api.layers.details?.previous(),
  },
  nextEvent: {
    name: 'details-next',
    label: 'Next',
    description: 'Next event',
    keys: [']'],
    priority: 40,
    enabled: detailsKeys,
    perform: (_s, api) => api.layers.details?.next(),
  },
  closeDetails: {
    name: 'details-close',
    label: 'Close event details',
    description: 'Close',
    keys: ['Escape'],
    priority: 40,
    enabled: detailsKeys,
    perform: (_s, api) => api.layers.details?.close(),
  },
  moveStepUp: moveStep(-1),
  moveStepDown: moveStep(1),
} satisfies Record<string, AppAction>;

/** The whole table the dispatcher reads. */
export const ACTIONS: readonly AppAction[] = [...Object.values(PRESENT_ACTIONS), ...Object.values(APP_ACTIONS)];
