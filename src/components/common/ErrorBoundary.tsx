/**
 * Keeps one broken region from taking down the page: shows what failed in that region only,
 * with a button to try again.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The region's name, e.g. "Timeline". */
  name: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever debugs; the page itself stays usable.
    console.info(`[${this.props.name}] failed:`, error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="region-error" role="alert">
        <p>
          <strong>{this.props.name} could not be shown.</strong> {error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
