/**
 * The last line of defence: a screen that throws (a bug, or a record this version cannot read)
 * shows what happened and a way back, instead of a blank page. Stored data is not touched.
 * Any change of address clears the error, so following the link back (or the browser's Back
 * button, or a typed address) recovers, even when the shell itself had thrown.
 */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { ROUTE_HASHES } from '../ui/routes';
import { firstScreenShown } from './after-first-screen';

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | undefined;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: Error): Partial<ErrorBoundaryState> {
    return { error };
  }

  private readonly onAddressChange = () => {
    if (this.state.error) this.setState({ error: undefined });
  };

  override componentDidMount(): void {
    window.addEventListener('hashchange', this.onAddressChange);
  }

  override componentWillUnmount(): void {
    window.removeEventListener('hashchange', this.onAddressChange);
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept on this device only: there is no server to report to.
    console.warn('MedTech Ready could not show this screen:', error, info.componentStack);
    // What it shows instead is the first screen, if nothing was shown before it.
    firstScreenShown();
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="banner banner--error" role="alert">
        <p>
          This screen could not be shown ({this.state.error.message}). Your records are safe in this
          browser. Go back to the <a href={ROUTE_HASHES.checklist}>checklist</a>, or reload the
          page.
        </p>
      </div>
    );
  }
}
