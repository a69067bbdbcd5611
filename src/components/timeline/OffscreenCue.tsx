/**
 * Nothing hidden without a cue: when items in the window lie below (or above) the part of the
 * canvas in view, a "3 more below" button scrolls to them, and a scrollbar drawn over the canvas's
 * right edge shows how much there is and where the view is (vis keeps its vertical scroll private).
 */
import type { Offscreen, TimelineController } from './controller';

export function OffscreenCue({
  offscreen,
  timeline,
}: {
  offscreen: Offscreen | null;
  timeline: TimelineController | null;
}) {
  if (!offscreen || !timeline || (offscreen.above === 0 && offscreen.below === 0)) return null;
  const { content, view, scrolled } = offscreen;
  const thumbHeight = Math.max(8, Math.min(100, (view / Math.max(content, 1)) * 100));
  const thumbTop = Math.min(100 - thumbHeight, (scrolled / Math.max(content, 1)) * 100);
  return (
    <>
      <div className="tl-scrollbar" aria-hidden="true">
        <div className="tl-scrollbar-thumb" style={{ top: `${thumbTop}%`, height: `${thumbHeight}%` }} />
      </div>
      {offscreen.above > 0 && (
        <button type="button" className="tl-more tl-more-above" onClick={() => timeline.scroll('up')}>
          ↑ {offscreen.above} more above
        </button>
      )}
      {offscreen.below > 0 && (
        <button type="button" className="tl-more tl-more-below" onClick={() => timeline.scroll('down')}>
          ↓ {offscreen.below} more below
        </button>
      )}
    </>
  );
}
