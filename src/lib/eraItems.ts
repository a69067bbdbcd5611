/**
 * The eras of an imported TimelineJS file as timeline items: each a background band over its days (vis-timeline's
 * `type: 'background'`: behind the events, never selected, stacked or counted), labelled with its headline and
 * years ("Late Republic & civil wars, 133 BC – 28 BC"). Pure. Bands are not events: they stay out of the event
 * list, search, the keyboard cursor, the counts and the "more below" cue.
 */
import type { Era } from './schema';
import { dayLabel, dayParts, lastOfMonth, monthLabel, yearLabel } from './days';
import { dayAfter, dayStart, type ItemSpec } from './timelineItems';

/** Item ids of bands: "era~1", never an event id (event ids are slugs: no "~"). */
const ERA_ID_PREFIX = 'era~';

const range = (a: string, b: string) => (a === b ? a : `${a} – ${b}`);

/** "133 BC – 28 BC", "650 – 700", "Mar 44 BC – Jun 68", "16 Jan 27 BC – 9 Jun 68": to the precision its days show. */
export function eraDates(era: Era): string {
  const [sy, sm, sd] = dayParts(era.start);
  const [ey, em] = dayParts(era.end);
  const wholeMonths = sd === 1 && era.end === lastOfMonth(ey, em);
  if (wholeMonths && sm === 1 && em === 12) return range(yearLabel(sy), yearLabel(ey));
  if (wholeMonths) return range(monthLabel(sy, sm), monthLabel(ey, em));
  return range(dayLabel(era.start), dayLabel(era.end));
}

/** The bands for a list's eras (none when it has none), alternately tinted so neighbours stay apart. */
export function eraItems(eras: readonly Era[] | undefined): ItemSpec[] {
  return (eras ?? []).map((era, i) => {
    const label = {
      title: [{ text: era.headline, mark: false }],
      date: eraDates(era),
      planned: false,
      sourceCount: 0,
      themeKeys: [],
      era: true as const,
    };
    const start = dayStart(era.start);
    const end = dayAfter(era.end);
    const className = `era era-${i % 2}`;
    return {
      id: `${ERA_ID_PREFIX}${i + 1}`,
      type: 'background',
      start,
      end,
      className,
      label,
      signature: JSON.stringify(['background', start, end, className, label]),
    };
  });
}
