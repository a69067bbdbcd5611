// First: zod must be told before any schema is built that the CSP forbids eval.
import './app/zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { showColorScheme } from './app/colorScheme';
import './styles/fonts.css';
import './styles/global.css';
import './styles/layout.css';
import './styles/print.css';
import { requestEventList } from './app/eventListRequest';

// Start downloading the event list now, while React renders the page shell.
requestEventList();

// Show the kept colour scheme before the first paint (no flash of the wrong scheme).
showColorScheme();

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
const start = () =>
  createRoot(root, {
    // A region's ErrorBoundary shows the failure on the page; keep the console at info level
    // for errors a boundary has caught, so they do not read as unhandled.
    onCaughtError: (error, info) => console.info('Caught by an error boundary:', error, info.componentStack),
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// Let the browser paint the page as index.html has it ("Loading events…") before React's first
// render takes the main thread: one frame, so a slow phone shows something at once. (A hidden tab
// gets no animation frames: render straight away there.)
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start, 0));
else start();
