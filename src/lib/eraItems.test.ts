import { describe, expect, it } from 'vitest';
import { eraDates, eraItems } from './eraItems';
import { slugId } from './schema';
import { dayAfter, dayStart } from './timelineItems';

describe('eraItems', () => {
  it('draws each era as a background band over its days, end inclusive, labelled with headline and years', () => {
    const [a, b] = eraItems([
      { start: '-000132-01-01', end: '-000027-12-31', headline: 'Late Republic' },
      { start: '-000026-01-16', end: '0068-06-09', headline: 'Julio-Claudians' },
    ]);
    expect(a).toMatchObject({ id: 'era~1', type: 'background', className: 'era era-0' });
    expect([a?.start, a?.end]).toEqual([dayStart('-000132-01-01'), dayAfter('-000027-12-31')]);
    expect(a?.label).toMatchObject({
      title: [{ text: 'Late Republic', mark: false }],
      date: '133 BC – 28 BC',
      era: true,
    });
    expect(b?.className).toBe('era era-1');
    expect(b?.label.date).toBe('16 Jan 27 BC – 9 Jun 68');
    expect(a?.group).toBeUndefined();
  });
  it('no eras, no bands (the built-in list)', () => {
    expect(eraItems(undefined)).toEqual([]);
    expect(eraItems([])).toEqual([]);
  });
  it('dates read to the precision the days show', () => {
    expect(eraDates({ start: '0650-01-01', end: '0700-12-31', headline: 'x' })).toBe('650 – 700');
    expect(eraDates({ start: '0650-01-01', end: '0650-12-31', headline: 'x' })).toBe('650');
    expect(eraDates({ start: '-000043-03-01', end: '0068-06-30', headline: 'x' })).toBe('Mar 44 BC – Jun 68');
    expect(eraDates({ start: '2020-01-05', end: '2020-01-05', headline: 'x' })).toBe('5 Jan 2020');
  });
  it('band ids are never event ids (slugs)', () => {
    const [band] = eraItems([{ start: '0650-01-01', end: '0700-12-31', headline: 'x' }]);
    expect(slugId.safeParse(band?.id).success).toBe(false);
  });
});
