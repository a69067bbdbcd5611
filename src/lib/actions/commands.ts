/**
 * Actions as command objects (after excalidraw's actions): each action names itself, says what a
 * button for it reads, which keys run it, how it ranks against other actions on the same key, when it
 * is enabled and what it does. One dispatcher picks the action for a key press from the table; the
 * buttons' labels, titles and aria-keyshortcuts and the key help are generated from the same table.
 * Pure: no React, no DOM (the state and the api are whatever the table's owner passes in).
 */

export interface Action<S, A> {
  name: string;
  /** What a button for it says, e.g. "Previous". */
  label: string;
  /** What it does, for titles and help, e.g. "Previous event". */
  description: string;
  /** KeyboardEvent.key values that run it (Shift only as the key itself needs it). */
  keys: readonly string[];
  /** Run with Alt held (Alt+↑ moves a briefing step); without it an action runs only with no Alt. */
  alt?: boolean;
  /** How the keys are shown to people, e.g. "[" or "← →"; defaults to the keys' own names. */
  keyLabel?: string;
  /** Among the enabled actions claiming a key, the highest priority runs (Esc: the top layer first). */
  priority: number;
  enabled(state: S): boolean;
  perform(state: S, api: A): void;
}

export type KeyPick<S, A> =
  | { kind: 'none' }
  | { kind: 'run'; action: Action<S, A> }
  /** Two enabled actions claim the key at the same priority: neither runs (the table has a bug). */
  | { kind: 'conflict'; actions: [Action<S, A>, Action<S, A>] };

export interface KeyPress {
  key: string;
  ctrl?: boolean;
  meta?: boolean;
  alt?: boolean;
}

/**
 * The action a key press runs in this state, if any. Keys held with Ctrl or Meta are the browser's, and so
 * are keys held with Alt unless an action asks for Alt.
 */
export function pickAction<S, A>(actions: readonly Action<S, A>[], press: KeyPress, state: S): KeyPick<S, A> {
  if (press.ctrl || press.meta) return { kind: 'none' };
  const { key } = press;
  const alt = press.alt === true;
  const claiming = actions
    .filter((a) => (a.alt === true) === alt && a.keys.includes(key) && a.enabled(state))
    .toSorted((a, b) => b.priority - a.priority);
  const [first, second] = claiming;
  if (!first) return { kind: 'none' };
  if (second && second.priority === first.priority) return { kind: 'conflict', actions: [first, second] };
  return { kind: 'run', action: first };
}

/** The parts of an action that its key labels and titles need. */
type ActionKeys<K extends keyof Action<unknown, unknown>> = Pick<Action<unknown, unknown>, K>;

const SHOWN: Record<string, string> = {
  Escape: 'Esc',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ' ': 'Space',
  '-': '−',
};

const altPrefix = (action: ActionKeys<'alt'>) => (action.alt ? 'Alt+' : '');

/** How an action's keys are shown: its keyLabel, else its first key's name ("Esc", "[", "N", "Alt+↑"). */
export function keyLabel(action: ActionKeys<'keys' | 'keyLabel' | 'alt'>): string {
  return action.keyLabel ?? altPrefix(action) + (SHOWN[action.keys[0] ?? ''] ?? action.keys[0] ?? '');
}

/** Every key of an action as shown, for full key tables: "← → Home End"; one letter once ("b", "B": "B"). */
export function allKeyLabels(action: ActionKeys<'keys' | 'alt'>): string[] {
  const shown = action.keys
    .filter((k) => k !== 'Spacebar')
    .map((k) => altPrefix(action) + (k.length === 1 ? (SHOWN[k] ?? k.toUpperCase()) : (SHOWN[k] ?? k)));
  return [...new Set(shown)];
}

/** aria-keyshortcuts names: "+" separates keys there, so the plus key is "Plus"; space is "Space". */
const ARIA: Record<string, string> = { '+': 'Plus', ' ': 'Space', Spacebar: '' };

export function ariaKeyshortcuts(action: ActionKeys<'keys' | 'alt'>): string {
  const names = action.keys.map((k) => ARIA[k] ?? k).filter(Boolean);
  return [...new Set(names.map((k) => altPrefix(action) + k))].join(' ');
}

/** A button's title: "Previous event ([)", with an optional detail: "Previous event ([): <title>". */
export function actionTitle(action: ActionKeys<'description' | 'keys' | 'keyLabel' | 'alt'>, detail?: string): string {
  return `${action.description} (${keyLabel(action)})${detail ? `: ${detail}` : ''}`;
}

/** One line of key help: "[ previous, ] next, Esc close" from [action, phrase] pairs (a shared phrase joins them). */
export function keyHelp(
  entries: readonly (readonly [readonly ActionKeys<'keys' | 'keyLabel' | 'alt'>[], string])[],
): string {
  return entries.map(([actions, phrase]) => `${actions.map(keyLabel).join(' ')} ${phrase}`).join(', ');
}

/** A button's title and aria-keyshortcuts from its action (its text is the action's label). */
export function actionButton(action: ActionKeys<'description' | 'keys' | 'keyLabel' | 'alt'>): {
  title: string;
  'aria-keyshortcuts': string;
} {
  return { title: actionTitle(action), 'aria-keyshortcuts': ariaKeyshortcuts(action) };
}
