import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "Event details", "Source text". */
  name: string;
  children: ReactNode;
  /** When any of these change, a failed boundary tries again (e.g. the selected event id). */
  resetKeys?: readonly unknown[];
  /** Called when the user asks to close the failed panel. */
  onClose?: () => void;
}

interface State {
  error: Error | null;
  keys: readonly unknown[];
}

/**
 * Keeps one broken panel from taking down the page: an exception while rendering the children
 * shows a small "This panel failed" message (with the error text and Retry/Close) in its place.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, keys: this.props.resetKeys ?? [] };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    const keys = props.resetKeys ?? [];
    const changed = keys.length !== state.keys.length || keys.some((k, i) => !Object.is(k, state.keys[i]));
    return changed ? { keys, error: null } : null;
  }

  componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // React already reports the error; the message in the panel is what the user needs.
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel-failed" role="alert" aria-label={`${this.props.name} failed`}>
        <p>
          <strong>This panel failed</strong> ({this.props.name}): {error.message || 'unknown error'}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Retry
        </button>
        {this.props.onClose && (
          <button type="button" onClick={this.props.onClose}>
            Close
          </button>
        )}
      </section>
    );
  }
}
