// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ErrorBoundary } from './ErrorBoundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('boom in the panel');
  return <p>panel works</p>;
}

afterEach(cleanup);

describe('ErrorBoundary', () => {
  it('keeps a broken region from taking down its siblings, and can retry', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    broken = true;
    render(
      <div>
        <ErrorBoundary name="Timeline">
          <Fragile />
        </ErrorBoundary>
        <ErrorBoundary name="Filters">
          <p>filters still here</p>
        </ErrorBoundary>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toContain('boom in the panel');
    expect(screen.getByRole('alert').textContent).toContain('Timeline');
    expect(screen.getByText('filters still here')).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('panel works')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    spy.mockRestore();
  });
});
