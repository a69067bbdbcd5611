/** Export (events.json, CSV, iCalendar, TimelineJS) and import (file picker, drag and drop) of event lists. (Stub: filled in by its owner; see the file ownership list in the issue notes.) */
export function ExchangeMenu() {
  return null;
}
