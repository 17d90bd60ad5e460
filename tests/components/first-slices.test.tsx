/**
 * The checklist shows as soon as its own slices (settings, ticks, own requirements) have been
 * read, while a long clinical log is still being read; the clinical hours screen once the log and
 * the settings have; the other screens wait for everything (store/screen-slices.ts).
 * Driven through the store directly: the mirror (sync.ts) is not started here.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { EMPTY_SNAPSHOT } from '../../src/db/snapshot';
import { loadJudging } from '../../src/store/judging';
import { useAppStore } from '../../src/store/app-store';

const WELCOMED = { ...DEFAULT_SETTINGS, welcomedOn: '2026-11-01' };

afterEach(() => {
  window.location.hash = '';
  useAppStore.setState({ snapshot: EMPTY_SNAPSHOT, loaded: {}, status: 'loading' });
});

function arrived(...keys: Array<keyof typeof EMPTY_SNAPSHOT>) {
  useAppStore.setState({
    snapshot: { ...EMPTY_SNAPSHOT, settings: WELCOMED },
    loaded: Object.fromEntries(keys.map((key) => [key, true])),
    status: 'loading',
  });
}

describe('screens and their slices', () => {
  it('the checklist shows before the records it judges have been read, and says so', async () => {
    await loadJudging();
    arrived('settings', 'requirementStates', 'customRequirements');
    render(<App />);
    expect(await screen.findByRole('heading', { name: /Degree/ })).toBeInTheDocument();
    expect(screen.getAllByText('Checking your records…').length).toBeGreaterThan(1);
    expect(screen.getByRole('region', { name: 'Readiness' })).toHaveAttribute('aria-busy', 'true');
  });

  it('the checklist waits for its own slices', () => {
    arrived('settings', 'clinicalEntries');
    render(<App />);
    expect(screen.getByText('Opening your records…')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Degree/ })).toBeNull();
  });

  it('the clinical hours screen shows once the log and the settings are read, not the rest', async () => {
    window.location.hash = '#/clinical';
    arrived('settings', 'requirementStates', 'customRequirements');
    const { unmount } = render(<App />);
    expect(screen.getByText('Opening your records…')).toBeInTheDocument();
    unmount();
    arrived('settings', 'clinicalEntries');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Clinical hours' })).toBeInTheDocument();
    expect(screen.queryByText('Opening your records…')).toBeNull();
  });

  it('another screen waits for every slice', () => {
    window.location.hash = '#/certifications';
    arrived('settings', 'requirementStates', 'customRequirements', 'clinicalEntries');
    render(<App />);
    expect(screen.getByText('Opening your records…')).toBeInTheDocument();
  });

  it('a first visit is not decided, and the welcome not shown, before every slice is read', () => {
    arrived('settings', 'requirementStates', 'customRequirements');
    useAppStore.setState((state) => ({
      snapshot: { ...state.snapshot, settings: DEFAULT_SETTINGS },
    }));
    render(<App />);
    expect(screen.getByText('Opening your records…')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Welcome to MedTech Ready/ })).toBeNull();
  });
});
