/** Timeline options of the baseline page: the app's basic options (src/components/timeline/controller.ts). */
import type { TimelineOptions } from 'vis-timeline/peer';

const DAY = 86_400_000;

export const BENCH_TIMELINE_OPTIONS: TimelineOptions = {
  zoomMin: DAY,
  zoomMax: 15 * 365.25 * DAY,
  orientation: { axis: 'top', item: 'top' },
  selectable: true,
  showCurrentTime: false,
  stack: true,
  height: '600px',
  verticalScroll: true,
  margin: { item: { horizontal: 2, vertical: 6 }, axis: 6 },
};
