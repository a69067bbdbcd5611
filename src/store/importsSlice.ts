/**
 * The loaded event list, an imported file shown in its place (the built-in list is kept aside
 * for "Back to the built-in list"), the report of the last import and the notices for the user.
 */
import type { ImportsState } from '../lib/appState';
import type { ImportsSlice, SliceCreator, Store } from './types';

export const initialImports: ImportsState = {
  load: { status: 'loading' },
  builtIn: null,
  importReport: null,
  notices: [],
};

/** What showing another list resets: its selection, reading position, filters and window. */
const freshView = (): Pick<Store, 'selectedId' | 'sourceView' | 'hiddenThemes' | 'query' | 'period' | 'window'> => ({
  selectedId: null,
  sourceView: null,
  hiddenThemes: [],
  query: '',
  period: { from: null, to: null },
  window: null,
});

export const createImportsSlice: SliceCreator<ImportsSlice> = (set) => ({
  ...initialImports,
  setLoaded: (data, origin) => set({ load: { status: 'ready', data, origin } }),
  setLoadError: (messages) => set({ load: { status: 'error', messages } }),
  showImported: (data, file, notes) =>
    set((s) => ({
      ...freshView(),
      builtIn: s.builtIn ?? (s.load.status === 'ready' ? { data: s.load.data, origin: s.load.origin } : null),
      load: { status: 'ready', data, origin: `imported: ${file}` },
      importReport: notes.length ? { file, problems: [], notes } : null,
    })),
  backToBuiltIn: () =>
    set((s) => (s.builtIn ? { ...freshView(), load: { status: 'ready', ...s.builtIn }, builtIn: null } : {})),
  setImportReport: (importReport) => set({ importReport }),
  addNotice: (message) => set((s) => (s.notices.includes(message) ? s : { notices: [...s.notices, message] })),
  dismissNotice: (message) => set((s) => ({ notices: s.notices.filter((n) => n !== message) })),
});
