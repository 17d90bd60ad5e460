/**
 * The last line of defence: a screen that throws (a bug, or a record this version cannot read)
 * shows what happened and a way back, instead of a blank page. Stored data is not touched.
 * Any change of address clears the error, so following the link back (or the browser's Back
 * button, or a typed address) recovers, even when the shell itself had thrown. The boundary
 * inside the shell is given the address the shell shows (`address`) and clears its error when
 * that changes, in the same render as the next screen: the shell shows a new address as a
 * deferred value (useRoute.ts), and clearing on the event itself would first render the screen
 * that threw once more. The shell's own boundary follows the event: the shell it renders afresh reads
 * the address anew.
 */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { ROUTE_HASHES } from '../ui/routes';
import { firstScreenShown } from './after-first-screen';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** The address the content shows, when the boundary is inside the shell. */
  address?: string;
}

interface ErrorBoundaryState {
  error: Error | undefined;
  /** The address the error was caught on. */
  address?: string | undefined;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: Error): Partial<ErrorBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    if (props.address === state.address) return null;
    return { address: props.address, error: undefined };
  }

  private readonly onAddressChange = () => {
    if (this.state.error) this.setState({ error: undefined });
  };

  override componentDidMount(): void {
    if (this.props.address === undefined)
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
