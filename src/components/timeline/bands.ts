/**
 * The DOM of an era's background band (src/lib/eraItems.ts), and the room above the events its label needs. The
 * label is text only (textContent), sits in the band's top strip, is clipped to the band with an ellipsis and
 * carries the whole label as its title.
 */
import type { Timeline } from 'vis-timeline/esnext';
import type { ItemLabel, ItemSpec } from '../../lib/timelineItems';
import './bands.css';

export function eraContent(label: ItemLabel): HTMLElement {
  const root = document.createElement('span');
  root.className = 'era-label';
  const headline = label.title.map((t) => t.text).join('');
  root.title = `${headline}, ${label.date} (era)`;
  const title = document.createElement('span');
  title.className = 'era-title';
  title.textContent = headline;
  const dates = document.createElement('span');
  dates.className = 'era-dates';
  dates.textContent = label.date;
  root.append(title, ' ', dates);
  return root;
}

/** The events' distance from the axis: room for the bands' labels above them when there are bands. */
export const AXIS_MARGIN = 4;
export const AXIS_MARGIN_WITH_BANDS = 26;

export const hasBands = (items: readonly ItemSpec[]) => items.some((i) => i.type === 'background');

/** Sets the margin above the events for the items about to be shown (only when it changes). */
export function makeRoomForBands(timeline: Timeline, withBands: boolean, had: boolean): boolean {
  if (withBands !== had)
    timeline.setOptions({
      margin: { item: { horizontal: 2, vertical: 4 }, axis: withBands ? AXIS_MARGIN_WITH_BANDS : AXIS_MARGIN },
    });
  return withBands;
}
