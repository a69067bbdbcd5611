/** The key help of the README, generated from the action table (keyTable.test.ts fails when README.md differs). */
import { allKeyLabels } from '../../lib/actions/commands';
import { APP_ACTIONS, PRESENT_ACTIONS, type AppAction } from './actions';

const A = APP_ACTIONS;
const SECTIONS: readonly (readonly [string, readonly AppAction[]])[] = [
  ['timeline focused', [A.moveCursor, A.openCursor, A.clearTimelineSelection, A.zoomIn, A.zoomOut]],
  ['overview strip focused (+ − zoom too)', [A.moveOverview]],
  ['event details open', [A.previousEvent, A.nextEvent, A.closeDetails]],
  ['source text open', [A.closeSource]],
  ['search box with text', [A.clearSearch]],
  ['export menu open', [A.closeExportMenu]],
  ['briefing step focused', [A.moveStepUp, A.moveStepDown]],
  ['import report open', [A.closeImportReport]],
  ['presenting', Object.values(PRESENT_ACTIONS)],
];

export const README_KEYS_START = '<!-- keys: generated from src/app/actions/actions.ts by `npm run readme:keys` -->';
export const README_KEYS_END = '<!-- /keys -->';

const cell = (s: string) => s.replaceAll('|', '\\|');

/** The markdown table: where, keys, what they do, and which one wins Esc (higher priority first). */
export function keyTableMarkdown(): string {
  const rows = SECTIONS.flatMap(([where, actions]) =>
    actions.map(
      (a) =>
        `| ${where} | ${cell(
          allKeyLabels(a)
            .map((k) => `\`${k}\``)
            .join(' '),
        )} | ${a.description} | ${a.priority} |`,
    ),
  );
  return ['| when | keys | does | priority |', '| --- | --- | --- | ---: |', ...rows].join('\n');
}

/** A markdown table's text with the column padding a formatter adds (Prettier aligns tables) taken out. */
export function unpadded(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line.startsWith('|') ? line.replace(/\s*\|\s*/g, '|').replace(/:?-{3,}:?/g, (d) => d.replace(/-+/, '---')) : line,
    )
    .join('\n');
}

/** README.md with its key table replaced by the generated one (unchanged text when it is up to date). */
export function withKeyTable(readme: string): string {
  const start = readme.indexOf(README_KEYS_START);
  const end = readme.indexOf(README_KEYS_END);
  if (start < 0 || end < start)
    throw new Error(`README.md has no "${README_KEYS_START}" ... "${README_KEYS_END}" section`);
  // Blank lines around the table, as Prettier writes them.
  return `${readme.slice(0, start + README_KEYS_START.length)}\n\n${keyTableMarkdown()}\n\n${readme.slice(end)}`;
}
