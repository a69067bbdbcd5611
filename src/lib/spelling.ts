/**
 * British and American spellings as one search word (pure): "defence" and "defense" are indexed and searched as the
 * same term, so either finds both (the articles use both). Stems, so "defences", "programmes", "organised" follow.
 * Each pair maps the British stem to the American one; `variantsOf` gives back every spelling of a term, so the
 * words found can be highlighted as the text writes them.
 */
const STEMS: readonly (readonly [british: string, american: string])[] = [
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['programme', 'program'],
  ['centre', 'center'],
  ['theatre', 'theater'],
  ['calibre', 'caliber'],
  ['manoeuvre', 'maneuver'],
  ['colour', 'color'],
  ['honour', 'honor'],
  ['labour', 'labor'],
  ['favour', 'favor'],
  ['neighbour', 'neighbor'],
  ['harbour', 'harbor'],
  ['endeavour', 'endeavor'],
  ['armour', 'armor'],
  ['catalogue', 'catalog'],
  ['organis', 'organiz'],
  ['recognis', 'recogniz'],
  ['modernis', 'moderniz'],
  ['authoris', 'authoriz'],
  ['prioritis', 'prioritiz'],
  ['finalis', 'finaliz'],
  ['indigenis', 'indigeniz'],
  ['travell', 'travel'],
  ['aluminium', 'aluminum'],
];

/** Every stem is 5 letters or more: the stems by their first four letters, so most words are one lookup. */
const byHead = (pick: (pair: (typeof STEMS)[number]) => string) => {
  const map = new Map<string, (typeof STEMS)[number][]>();
  for (const pair of STEMS) {
    if (pick(pair).length < 4) throw new Error(`spelling stem "${pick(pair)}" is shorter than four letters`);
    map.set(pick(pair).slice(0, 4), [...(map.get(pick(pair).slice(0, 4)) ?? []), pair]);
  }
  return map;
};
const BRITISH = byHead(([british]) => british);
const AMERICAN = byHead(([, american]) => american);

/** The one spelling a word is indexed and searched under (lower case). */
export function canonicalSpelling(word: string): string {
  const w = word.toLowerCase();
  for (const [british, american] of BRITISH.get(w.slice(0, 4)) ?? [])
    if (w.startsWith(british)) return american + w.slice(british.length);
  return w;
}

/** Every spelling of a canonical term ("defense" → defense, defence), for highlighting. */
export function variantsOf(term: string): string[] {
  const out = [term];
  for (const [british, american] of AMERICAN.get(term.slice(0, 4)) ?? [])
    if (term.startsWith(american) && !term.startsWith(british)) out.push(british + term.slice(american.length));
  return out;
}
