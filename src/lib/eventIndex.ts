/**
 * Position of each event in a list by id, built once per list array and cached (pure, no React).
 * The lists in the app (loaded events, visible events) are immutable arrays replaced on change, so
 * a selection at 10,000 events looks its event up in O(1) instead of scanning the list each time.
 */
const cache = new WeakMap<readonly { id: string }[], ReadonlyMap<string, number>>();

export function positionsById(list: readonly { id: string }[]): ReadonlyMap<string, number> {
  let m = cache.get(list);
  if (!m) {
    const built = new Map<string, number>();
    list.forEach((e, i) => {
      if (!built.has(e.id)) built.set(e.id, i);
    });
    m = built;
    cache.set(list, m);
  }
  return m;
}

/** The item of `list` with this id (the first, if ids repeat), or undefined. */
export function findById<T extends { id: string }>(list: readonly T[], id: string | null | undefined): T | undefined {
  if (id === null || id === undefined) return undefined;
  const i = positionsById(list).get(id);
  return i === undefined ? undefined : list[i];
}
