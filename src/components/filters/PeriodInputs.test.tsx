// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState, useStore } from '../../store/store';
import { PeriodInputs } from './PeriodInputs';

beforeEach(() => useStore.setState({ ...initialState, period: { from: null, to: null } }));
afterEach(cleanup);

const from = () => screen.getByLabelText('From', { exact: true }) as HTMLInputElement;
const to = () => screen.getByLabelText('To', { exact: true }) as HTMLInputElement;

describe('PeriodInputs', () => {
  it('a whole ISO day applies as it is typed (as the date field did)', () => {
    render(<PeriodInputs />);
    fireEvent.change(from(), { target: { value: '2021-01-01' } });
    expect(useStore.getState().period).toEqual({ from: '2021-01-01', to: null });
    expect(from().value).toBe('2021-01-01');
  });

  it('BC years and years before 1000 apply on Enter or leaving the field, and say what they were read as', () => {
    render(<PeriodInputs />);
    fireEvent.change(from(), { target: { value: '44 BC' } });
    expect(useStore.getState().period.from).toBeNull();
    fireEvent.keyDown(from(), { key: 'Enter' });
    expect(useStore.getState().period.from).toBe('-000043-01-01');
    fireEvent.change(to(), { target: { value: 'AD 14' } });
    fireEvent.blur(to());
    expect(useStore.getState().period).toEqual({ from: '-000043-01-01', to: '0014-12-31' });
    expect(from().value).toBe('44 BC');
    expect(screen.getByText('Reads as 1 Jan 44 BC – 31 Dec 14')).toBeTruthy();
  });

  it('a period set elsewhere (the link) shows in the fields, BC days as labels', () => {
    useStore.setState({ period: { from: '-000043-03-15', to: '2020-07-01' } });
    render(<PeriodInputs />);
    expect(from().value).toBe('15 Mar 44 BC');
    expect(to().value).toBe('2020-07-01');
    fireEvent.click(screen.getByRole('button', { name: 'Clear period' }));
    expect([from().value, to().value]).toEqual(['', '']);
  });

  it('what it cannot read is marked invalid with the reason, and the period is left as it was', () => {
    useStore.setState({ period: { from: '0602-01-01', to: null } });
    render(<PeriodInputs />);
    fireEvent.change(from(), { target: { value: '-44' } });
    fireEvent.keyDown(from(), { key: 'Enter' });
    expect(useStore.getState().period.from).toBe('0602-01-01');
    expect(from().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/write "44 BC"/)).toBeTruthy();
    fireEvent.change(from(), { target: { value: '' } });
    expect(useStore.getState().period.from).toBeNull();
  });
});
