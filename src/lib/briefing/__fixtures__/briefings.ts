/** Two saved briefings over the fixture data, shared by the storage tests. */
import { createBriefing } from '../edit';
import { EMPTY_FILTERS } from '../model';
import { fixtureData } from './data';

export const data = fixtureData();
export const b1 = createBriefing({
  id: 'b1',
  name: 'Cabinet',
  visibleEvents: data.events,
  filters: EMPTY_FILTERS,
  now: 'x',
});
export const b2 = { ...b1, id: 'b2', name: 'Second' };
