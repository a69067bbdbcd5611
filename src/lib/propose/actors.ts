/**
 * Suggested actors: names already known in the event list, plus people and organisations that
 * compromise finds (parse.ts), deduplicated so "Rajnath Singh", "Singh" and "Mr Singh"
 * are one actor: a short form is the longest full name with the same surname, preferring a name the
 * event list already uses ("Benjamin Gantz" is the known "Benny Gantz"). Pure (no DOM).
 */
export interface ActorIndex {
  /** Canonical names, known ones first. */
  known: string[];
  /** surname (lower case) → canonical name. */
  bySurname: Map<string, string>;
}

const surnameOf = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();
const isPersonLike = (name: string) => /^\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+)+$/u.test(name);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function actorIndex(knownActors: Iterable<string>): ActorIndex {
  const known = [...new Set(knownActors)].filter((a) => a.trim());
  const bySurname = new Map<string, string>();
  for (const a of known) if (isPersonLike(a) && !bySurname.has(surnameOf(a))) bySurname.set(surnameOf(a), a);
  return { known, bySurname };
}

/**
 * The article's actors, canonical: known names first, then full names found, short forms folded into
 * the full name with their surname. Returns a function giving the actors a sentence names.
 */
export function articleActors(index: ActorIndex, found: { people: string[]; organisations: string[] }) {
  const bySurname = new Map(index.bySurname);
  const full = found.people.filter((p) => p.includes(' ')).toSorted((a, b) => b.length - a.length);
  for (const p of full) if (!bySurname.has(surnameOf(p))) bySurname.set(surnameOf(p), p);
  const canonical = new Set<string>(index.known);
  // a single name ("Spike") is an actor only as the short form of a full name
  for (const p of found.people) {
    const longer = bySurname.get(surnameOf(p));
    if (longer || p.includes(' ')) canonical.add(longer ?? p);
  }
  const organisations = new Set(found.organisations);
  for (const o of organisations) canonical.add(o);
  // each canonical name is found in a sentence by itself or, for a person, by its surname (an
  // organisation is never: "Adani Defence" is not in "the Ministry of Defence")
  const person = (name: string) => isPersonLike(name) && !organisations.has(name);
  const matchers = [...canonical].map((name) => {
    const forms = [name];
    if (person(name)) forms.push(name.split(/\s+/).at(-1)!);
    for (const p of found.people) if (surnameOf(p) === surnameOf(name) && person(name)) forms.push(p);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(forms)].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
    return { name, re };
  });
  return (sentence: string): string[] => {
    const named = matchers.filter((m) => m.re.test(sentence)).map((m) => m.name);
    // a part of a longer name the sentence names is not an actor of its own ("Defense Systems")
    return named.filter((n) => !named.some((o) => o !== n && o.length > n.length && o.includes(n)));
  };
}
