/**
 * Work that waits until the timeline has been drawn for the first time: fetching the code of regions the first
 * view does not show (the list, …), so they do not compete with the first draw for the network and the main
 * thread, yet are ready before a user asks for them (printing the timeline view renders the list at once).
 * The timeline region says when it has drawn (`timelineDrawn`); a page that starts in another view runs the
 * work when that view asks for it.
 */
let drawn = false;
const waiting: (() => void)[] = [];

/** Run `work` once the timeline has been drawn (at once if it has been). */
export function afterFirstDraw(work: () => void): void {
  if (drawn) work();
  else waiting.push(work);
}

/** The timeline has drawn its first items: run what waited (once; later calls do nothing). */
export function timelineDrawn(): void {
  if (drawn) return;
  drawn = true;
  for (const work of waiting.splice(0)) work();
}
