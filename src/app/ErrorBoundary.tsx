import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the part in the message, e.g. "The timeline". */
  part: string;
  children: ReactNode;
}

/** Keeps a failure in one part of the page from taking down the others. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for the developer console; the user sees the message below.
    console.warn(`${this.props.part} failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="part-error" role="alert">
        <p>
          {this.props.part} stopped working: {this.state.error.message.slice(0, 200)}. The rest of
          the page still works.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>{' '}
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
