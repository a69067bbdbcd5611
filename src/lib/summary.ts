/**
 * An event's summary as shown: none when it only repeats the title. An event added in the app whose analyst left
 * the summary empty gets its title as its summary (the schema needs one); a slide or a details panel that showed it
 * under the title would say the same thing twice.
 */
export function shownSummary(e: { title: string; summary: string }): string {
  return e.summary.trim() === e.title.trim() ? '' : e.summary;
}
