/**
 * The shape of the app's state and the one table saying where each piece of it is kept
 * (as excalidraw's APP_STATE_STORAGE_CONF): in the address (shared by a link), in this browser's
 * storage, or nowhere (this page only). Pure types and data: the store (src/store) implements the
 * state, src/lib/url.ts derives the link's codec from the table, src/app/address.ts and the
 * store's persist middleware derive the sync from it. Adding a piece of state without a row here
 * does not compile.
 */
import type { EventList } from './schema';
import type { Briefing } from './briefing/model';
import type { ThemeMatch } from './visible';
import type { AddedRecords } from './intake/build';
import type { SetAside } from './intake/records';

export type { ThemeMatch };
export type ViewMode = 'timeline' | 'list';
export type ColorScheme = 'system' | 'light' | 'dark';

export interface Period {
  /** Inclusive YYYY-MM-DD bounds; null = open. */
  from: string | null;
  to: string | null;
}

export interface VisibleWindow {
  /** Epoch milliseconds of the timeline's visible window. */
  start: number;
  end: number;
}

export interface SourceView {
  sourceId: string;
  /** The event and evidence index whose quote is the current mark. */
  eventId: string;
  evidenceIndex: number;
}

export type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; data: EventList; origin: string }
  | { status: 'error'; messages: string[] };

export interface Presentation {
  step: number;
  blanked: boolean;
  notesVisible: boolean;
  /** 'presenter' = this window is the presenter view (second window). */
  mode: 'present' | 'presenter';
}

export interface ImportReport {
  file: string;
  /** Problems found (nothing was shown), or notes about what was skipped. */
  problems: string[];
  notes: string[];
}

export type AddedStatus = 'none' | 'loading' | 'ready' | 'error';

export interface AddedState {
  status: AddedStatus;
  records: AddedRecords;
  setAside: SetAside[];
  /** Every key in the database, readable or not (new ids avoid them all). */
  keys: { articles: string[]; events: string[] };
  error: string | null;
}

/** Filters and view: what of the list is shown, and how. */
export interface FiltersViewState {
  hiddenThemes: string[];
  /** How the checked themes combine: an event with any of them, or with all of them. */
  themeMatch: ThemeMatch;
  query: string;
  period: Period;
  view: ViewMode;
  window: VisibleWindow | null;
  /** Timeline drawn with one swimlane per theme. */
  swimlanes: boolean;
  /** Phone layout: the filters drawer is open. */
  filtersOpen: boolean;
  colorScheme: ColorScheme;
}

/** What the user is looking at: one event, and perhaps one of its quotes in its source. */
export interface SelectionState {
  selectedId: string | null;
  sourceView: SourceView | null;
}

/** The loaded list, an imported file shown in its place, and notices for the user. */
export interface ImportsState {
  load: LoadState;
  /** The built-in data while an imported file is shown (session only). */
  builtIn: { data: EventList; origin: string } | null;
  importReport: ImportReport | null;
  /** Small notices for the user (unknown id in the link, import replaced data, ...). */
  notices: string[];
}

export interface BriefingsState {
  briefingOpen: boolean;
  briefings: Briefing[];
  currentBriefingId: string | null;
  presentation: Presentation | null;
}

/** Articles added in this browser (issue 16) and their dialogs. */
export interface AddedArticlesState {
  added: AddedState;
  addDialogOpen: boolean;
  articlesPanelOpen: boolean;
  /** The added event being edited in the "Edit event" dialog. */
  editingEventId: string | null;
}

export type AppState = FiltersViewState & SelectionState & ImportsState & BriefingsState & AddedArticlesState;

/** Where one piece of state is kept. */
export type Kept =
  /** In the address: `params` are its hash parameters; `codec` says which codec reads and writes them. */
  | { in: 'address'; codec: 'link' | 'presentation'; params: readonly string[] }
  /** In this browser: `key` is its localStorage key (a prefix for one key per item) or IndexedDB database. */
  | { in: 'storage'; area: 'localStorage' | 'indexedDB'; key: string; by: string }
  /** Nowhere: this page only; `why` says why not. */
  | { in: 'nowhere'; why: string };

const page = (why: string) => ({ in: 'nowhere', why }) as const;
const link = <const P extends readonly string[]>(...params: P) => ({ in: 'address', codec: 'link', params }) as const;

/**
 * Every piece of state and where it is kept. The order of the link's rows is the order of
 * URL_STATE_KEYS (src/lib/url.ts). Storage rows say which code keeps them (`by`).
 */
export const STATE_TABLE = {
  selectedId: link('sel'),
  hiddenThemes: link('hide'),
  query: link('q'),
  period: link('from', 'to'),
  view: link('view'),
  window: link('win'),
  themeMatch: link('match'),
  presentation: { in: 'address', codec: 'presentation', params: ['present', 'presenter', 'step', 'b'] },
  colorScheme: {
    in: 'storage',
    area: 'localStorage',
    key: 'briefline:color-scheme',
    by: "the store's persist middleware (src/store/persistColorScheme.ts)",
  },
  briefings: {
    in: 'storage',
    area: 'localStorage',
    key: 'briefline.briefing.v2.',
    by: 'src/app/useBriefingStorage.ts (one key per briefing, versioned, damaged entries set aside)',
  },
  currentBriefingId: {
    in: 'storage',
    area: 'localStorage',
    key: 'briefline.briefings.v2',
    by: 'src/app/useBriefingStorage.ts (the index of kept briefings)',
  },
  added: {
    in: 'storage',
    area: 'indexedDB',
    key: 'briefline-articles',
    by: 'src/app/useAddedArticles.ts (Dexie; the store holds what the database last reported)',
  },
  sourceView: page('a reading position in a source is not part of a shared view'),
  swimlanes: page('a drawing preference of this page'),
  filtersOpen: page('a drawer on the phone layout'),
  load: page('loaded from the event list at every start'),
  builtIn: page('an imported file is shown for this session only'),
  importReport: page('a dialog about the last import'),
  notices: page('messages about this page'),
  briefingOpen: page('a panel'),
  addDialogOpen: page('a dialog'),
  articlesPanelOpen: page('a panel'),
  editingEventId: page('a dialog'),
} as const satisfies { [K in keyof AppState]: Kept };

type Table = typeof STATE_TABLE;

/** The pieces of state the link carries, in the table's order. */
export type LinkKey = { [K in keyof Table]: Table[K] extends { codec: 'link' } ? K : never }[keyof Table];

/** The state a link carries (the URL codec's type): derived from the table, never restated. */
export type LinkState = Pick<AppState, LinkKey>;

export const LINK_KEYS = (Object.keys(STATE_TABLE) as (keyof Table)[]).filter(
  (k): k is LinkKey => STATE_TABLE[k].in === 'address' && (STATE_TABLE[k] as Kept & { in: 'address' }).codec === 'link',
);

/** The hash parameters of the presentation's codec (src/lib/briefing/address.ts). */
export const PRESENTATION_PARAMS = STATE_TABLE.presentation.params;
