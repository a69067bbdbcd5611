/**
 * Work that waits until the timeline has been drawn for the first time: fetching the code of regions the first
 * view does not show (the list, …), so they do not compete with the first draw for the network and the main
 * thread, yet are ready before a user asks for them (printing the timeline view renders the list at once).
 * The timeline region says when it has drawn (`timelineDrawn`); a page that starts in another view runs the
 * work when that view asks for it.
 */
let drawn = false;
const waiting: (() => void)[] = [];

/** Run `work` once the timeline has been drawn and painted (at once if it has been and what waited has run). */
export function afterFirstDraw(work: () => void): void {
  if (drawn && waiting.length === 0) work();
  else waiting.push(work);
}

/**
 * The timeline has put its first items in the page: run what waited (once; later calls do nothing), after the
 * browser has painted them and has a moment to spare. Started before that paint, these requests joined the first
 * view's on a slow network (Lighthouse's mobile run counted the list's and the details panel's chunks, about 20 kB,
 * in the timeline's largest paint).
 */
export function timelineDrawn(): void {
  if (drawn) return;
  drawn = true;
  // After the next frame (the one that paints the items) and then when the main thread is idle.
  frame(() => setTimeout(() => idle(runWaiting), 0));
}

function runWaiting(): void {
  for (const work of waiting.splice(0)) work();
}

const idle = (f: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 500 }) : setTimeout(f, 50);
const frame = (f: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(f) : setTimeout(f, 16);
