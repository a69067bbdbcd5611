/** Light / dark / follow the system. Shown by src/app/colorScheme.ts, kept by the store (persist). */
import { useStore, type ColorScheme } from '../../store/store';

const NEXT: Record<ColorScheme, ColorScheme> = { system: 'dark', dark: 'light', light: 'system' };
const LABEL: Record<ColorScheme, string> = { system: 'System colours', dark: 'Dark', light: 'Light' };

export function ColorSchemeToggle() {
  const scheme = useStore((s) => s.colorScheme);
  const setScheme = useStore((s) => s.setColorScheme);
  return (
    <button
      type="button"
      className="scheme-toggle"
      onClick={() => setScheme(NEXT[scheme])}
      aria-label={`Colour scheme: ${LABEL[scheme]}. Switch to ${LABEL[NEXT[scheme]]}`}
      title={`Switch to ${LABEL[NEXT[scheme]]}`}
    >
      <span aria-hidden="true">{scheme === 'dark' ? '☾' : scheme === 'light' ? '☀' : '◐'}</span> {LABEL[scheme]}
    </button>
  );
}
