/**
 * The last line of defence: a screen that throws (a bug, or a record this version cannot read)
 * shows what happened and a way back, instead of a blank page. Stored data is not touched.
 */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Changing it (for example the route) clears the error, so the student can move on. */
  resetKey: string;
}

interface ErrorBoundaryState {
  error: Error | undefined;
  resetKey: string;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<ErrorBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey
      ? { error: undefined, resetKey: props.resetKey }
      : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept on this device only: there is no server to report to.
    console.warn('MedTech Ready could not show this screen:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="banner banner--error" role="alert">
        <p>
          This screen could not be shown ({this.state.error.message}). Your records are safe in this
          browser. Go back to the <a href="#/">checklist</a>, or reload the page.
        </p>
      </div>
    );
  }
}
