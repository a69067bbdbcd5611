// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore, initialState } from '../../store/store';
import { DetailsPanel } from './DetailsPanel';
import { SourceReader } from '../source/SourceReader';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { KeyboardActions } from '../../app/actions/useKeyboardActions';
import { ARTICLE, SMALL } from './__fixtures__/smallEvents';

const fetchMock = vi.fn(async () => new Response(ARTICLE));

beforeEach(() => {
  useStore.setState({ ...initialState, load: { status: 'ready', data: SMALL, origin: 'test' } });
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const title = () => screen.getByRole('heading', { level: 2 }).textContent;

function Boom({ fail }: { fail: boolean }): ReactNode {
  if (fail) throw new Error('kaput');
  return <p>fine</p>;
}

/** The panels as App mounts them: inside the keyboard dispatcher (the action table's one keydown listener). */
function renderPanels() {
  return render(
    <KeyboardActions>
      <DetailsPanel />
      <SourceReader />
    </KeyboardActions>,
  );
}

describe('DetailsPanel', () => {
  it('renders nothing until an event is selected, and fetches no article text', () => {
    renderPanels();
    expect(screen.queryByRole('region', { name: 'Event details' })).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the selected event: title, honest date, themes, actors, quotes; only http(s) links', () => {
    renderPanels();
    act(() => useStore.getState().selectEvent('call'));
    const panel = screen.getByRole('region', { name: 'Event details' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Ministers speak');
    expect(panel.textContent).toContain('24 Jul 2020');
    expect(panel.textContent).toContain('Resolved from “on Friday”');
    expect(panel.textContent).toContain('2 sources');
    expect(within(panel).getAllByRole('link')).toHaveLength(1);
    expect(within(panel).getByRole('link').getAttribute('href')).toBe('https://example.org/a');
    expect(panel.textContent).toContain('not a web (http/https) address');
    expect(panel.querySelectorAll('blockquote')).toHaveLength(2);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('labels planned events and never dates undated ones', () => {
    renderPanels();
    act(() => useStore.getState().selectEvent('delegation'));
    expect(screen.getByText('Planned')).toBeTruthy();
    act(() => useStore.getState().selectEvent('ban'));
    const panel = screen.getByRole('region', { name: 'Event details' });
    expect(panel.textContent).toContain('Undated: before 24 Jul 2020');
    expect(panel.querySelector('.dp-date time')).toBeNull();
  });

  it('walks in date order with buttons and [ ] keys, and Esc closes', () => {
    renderPanels();
    act(() => useStore.getState().selectEvent('ban'));
    expect((screen.getByRole('button', { name: /Previous/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(title()).toBe('Ministers speak');
    fireEvent.keyDown(document.body, { key: ']' });
    expect(title()).toBe('Delegation to arrive');
    expect(screen.getByText('Showing: Delegation to arrive')).toBeTruthy();
    expect((screen.getByRole('button', { name: /Next/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(document.body, { key: '[' });
    expect(title()).toBe('Ministers speak');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(useStore.getState().selectedId).toBeNull();
  });

  it('reports an unknown selected id instead of failing', () => {
    renderPanels();
    act(() => useStore.getState().selectEvent('nope'));
    expect(screen.getByRole('region', { name: 'Event details' }).textContent).toContain(
      '“nope” is not in this event list',
    );
  });
});

describe('SourceReader', () => {
  it('fetches the article on first need, marks the quote, and a marked passage selects its event', async () => {
    renderPanels();
    act(() => useStore.getState().selectEvent('call'));
    fireEvent.click(screen.getAllByRole('button', { name: /Read in source/ })[0]!);
    const reader = await screen.findByRole('region', { name: 'Source text' });
    await within(reader).findByText('On Friday the ministers spoke.', { selector: 'mark' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const link = within(reader).getByRole('link', { name: /Delegation to arrive/ });
    fireEvent.click(link);
    expect(useStore.getState().selectedId).toBe('delegation');
    expect(useStore.getState().sourceView).toBeNull();
  });

  it('refuses a text path that could leave the site, and says so', async () => {
    const bad = {
      ...SMALL,
      sources: SMALL.sources.map((s) => (s.id === 'art' ? { ...s, text: '//evil.example/a.txt' } : s)),
    };
    useStore.setState({ load: { status: 'ready', data: bad, origin: 'test' } });
    renderPanels();
    act(() => useStore.getState().selectEvent('delegation'));
    fireEvent.click(screen.getByRole('button', { name: /Read in source/ }));
    const reader = await screen.findByRole('region', { name: 'Source text' });
    expect((await within(reader).findByRole('alert')).textContent).toContain('not a plain relative path');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('ErrorBoundary', () => {
  it('shows "This panel failed" for a broken panel and leaves its neighbours alone', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <>
        <ErrorBoundary name="Broken" resetKeys={[1]}>
          <Boom fail />
        </ErrorBoundary>
        <p>neighbour</p>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('This panel failed');
    expect(screen.getByRole('alert').textContent).toContain('kaput');
    expect(screen.getByText('neighbour')).toBeTruthy();
    rerender(
      <>
        <ErrorBoundary name="Broken" resetKeys={[2]}>
          <Boom fail={false} />
        </ErrorBoundary>
        <p>neighbour</p>
      </>,
    );
    expect(screen.getByText('fine')).toBeTruthy();
  });
});
