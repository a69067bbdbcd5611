import { useMemo } from 'react';
import { useVisible } from '../../app/derived';
import { neighbours, type Neighbours } from '../../lib/eventOrder';
import type { TimelineEvent } from '../../lib/schema';

/** Previous/next of the selected event among the visible events (the filters' result), in date order. */
export function useEventNeighbours(event: TimelineEvent): Neighbours {
  const visible = useVisible().events;
  return useMemo(() => neighbours(visible, event.id, event), [visible, event]);
}
