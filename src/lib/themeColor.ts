/**
 * Which colour a theme gets: the six known theme ids have their own CSS variable
 * (--theme-<id>, defined in src/styles/global.css for light and dark); any other theme id
 * (imported data) gets one of the fallback colours by its position in the theme list.
 */
export const KNOWN_THEME_IDS = [
  'covid',
  'procurement',
  'rnd',
  'diplomacy',
  'regional-security',
  'defence-industry',
] as const;
const FALLBACK_COUNT = 4;

/** CSS class suffix for a theme: "covid" or "other-2". */
export function themeKey(themeId: string, themeIds: readonly string[]): string {
  if ((KNOWN_THEME_IDS as readonly string[]).includes(themeId)) return themeId;
  const unknown = themeIds.filter((t) => !(KNOWN_THEME_IDS as readonly string[]).includes(t));
  const i = Math.max(0, unknown.indexOf(themeId));
  return `other-${i % FALLBACK_COUNT}`;
}
