/** The shared test event list, validated. */
import { validateEventList, type EventList } from '../../schema';
import { briefingFixture } from './events';

export function fixtureData(): EventList {
  const r = validateEventList(briefingFixture);
  if (!r.ok) throw new Error(`fixture invalid: ${JSON.stringify(r.problems)}`);
  return r.value;
}
