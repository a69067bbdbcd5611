/** importFile's arguments as the tests pass them: a fixed day and the Node HTML reader (parse5). */
import type { Source, Theme } from '../../schema';
import { htmlToTextParse5 } from '../htmlParse5';
import type { ImportArgs } from '../importFile';

export function importArgs(
  name: string,
  text: string,
  known: { themes?: readonly Theme[]; sources?: readonly Source[] } = {},
): ImportArgs {
  return {
    name,
    text,
    knownThemes: known.themes ?? [],
    ...(known.sources ? { knownSources: known.sources } : {}),
    today: '2026-01-01',
    htmlToText: htmlToTextParse5,
  };
}
