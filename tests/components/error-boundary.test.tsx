/**
 * The error boundary wraps the whole shell, routing included, and recovers when the address
 * changes. Reading an address is made to throw for one hash, as it did for a malformed one; the
 * targets screen is made to throw as it renders, as a screen meeting a record it cannot read.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { renderApp, setUpAppTests } from './render-app';

vi.mock('../../src/app/useRoute', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/app/useRoute')>();
  return {
    ...actual,
    routeOf: (hash: string) => {
      if (hash === '#/boom') throw new URIError('URI malformed');
      return actual.routeOf(hash);
    },
  };
});

vi.mock('../../src/features/targets/TargetsScreen', () => ({
  TargetsScreen: () => {
    throw new Error('Cannot read this target');
  },
}));

setUpAppTests();

/** React reports each error it catches; what is checked here is what the student sees. */
function quietReports(): void {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
}

function BrokenOnBoom() {
  if (window.location.hash === '#/boom') throw new Error('Cannot read this record');
  return <p>The screen</p>;
}

describe('the error boundary', () => {
  it('catches routing that throws, and the next address shows its screen', async () => {
    await renderApp();
    quietReports();
    window.location.hash = '#/boom';
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This screen could not be shown (URI malformed)',
    );
    expect(screen.getByRole('link', { name: 'checklist' })).toHaveAttribute('href', '#/');
    window.location.hash = '#/settings';
    expect(await screen.findByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
    expect(screen.queryByText(/could not be shown/)).not.toBeInTheDocument();
  });

  it('catches a screen that throws, and its link back shows the checklist', async () => {
    const { user } = await renderApp();
    quietReports();
    window.location.hash = '#/targets';
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This screen could not be shown (Cannot read this target)',
    );
    await user.click(screen.getByRole('link', { name: 'checklist' }));
    expect(await screen.findByRole('heading', { name: /Degree/ })).toBeVisible();
    expect(screen.queryByText(/could not be shown/)).not.toBeInTheDocument();
  });

  it('shows a way back when its content throws, and recovers when the address changes', async () => {
    quietReports();
    window.location.hash = '#/boom';
    render(
      <ErrorBoundary>
        <BrokenOnBoom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This screen could not be shown (Cannot read this record)',
    );
    window.location.hash = '#/';
    expect(await screen.findByText('The screen')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
