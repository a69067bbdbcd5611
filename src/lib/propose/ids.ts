/** Readable, unique ids for added articles and events. Pure. */

export function slug(text: string, maxWords = 6): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

function unique(base: string, existing: Iterable<string>): string {
  const taken = new Set(existing);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** "Outlook India", 2022-06-03 → "outlook-2022-06-03" (the outlet's first word; "-2", "-3"… when taken). */
export function articleId(outlet: string | undefined, published: string, existingIds: Iterable<string> = []): string {
  const word =
    slug(outlet ?? '', 3)
      .split('-')
      .find((w) => w !== 'the' && w !== 'www') || 'article';
  return unique(`${word.slice(0, 40)}-${published}`, existingIds);
}

/** "2020-07-24-singh-holds-telephonic-conversation", or "before-2020-07-24-…" for an undated event. */
export function eventId(
  date: { start: string | null; end: string | null },
  title: string,
  existingIds: Iterable<string> = [],
): string {
  const head = date.start ?? `before-${date.end}`;
  return unique(`${head}-${slug(title) || 'event'}`.slice(0, 110).replace(/-+$/, ''), existingIds);
}
