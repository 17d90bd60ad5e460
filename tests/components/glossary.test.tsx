/**
 * Glossary words explain themselves on press or Enter, to screen readers too (a disclosure named
 * by the word, its explanation tied to it), on the checklist's pathway summary and the Degree screen.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GlossaryText } from '../../src/ui/GlossaryText';
import { renderApp, setUpAppTests, wideNav } from './render-app';

setUpAppTests();

describe('a glossary word', () => {
  it('shows its explanation on press, is announced as expanded, and hides again', async () => {
    const user = userEvent.setup();
    render(
      <p>
        <GlossaryText text="A NAACLS-accredited program, then the PTCE." />
      </p>,
    );
    const word = screen.getByRole('button', { name: 'NAACLS' });
    expect(word).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/National Accrediting Agency/)).not.toBeInTheDocument();
    // No word is made a button inside another (the PTCE is not CE).
    expect(screen.getAllByRole('button')).toHaveLength(1);

    await user.click(word);
    expect(word).toHaveAttribute('aria-expanded', 'true');
    expect(
      screen.getByText(/National Accrediting Agency for Clinical Laboratory Sciences/),
    ).toBeVisible();
    expect(word).toHaveAccessibleDescription(/National Accrediting Agency/);

    await user.click(word);
    expect(word).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/National Accrediting Agency/)).not.toBeInTheDocument();
  });

  it('opens from the keyboard and closes on Escape', async () => {
    const user = userEvent.setup();
    render(<GlossaryText text="Renew with CE every two years." />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'CE' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(/^Continuing education:/)).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByText(/^Continuing education:/)).not.toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'CE' })).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('the glossary in the app', () => {
  it('explains the pathway summary’s words, To confirm among them, once per pathway', async () => {
    const { user } = await renderApp();
    const summary = document.querySelector<HTMLElement>('.pathway-picker__summary');
    if (!summary) throw new Error('No pathway summary');
    const board = await within(summary).findByRole('button', {
      name: 'ASCP Board of Certification',
    });
    await user.click(board);
    expect(within(summary).getByText(/certifies laboratory professionals/)).toBeVisible();

    await user.click(within(summary).getByRole('button', { name: 'To confirm' }));
    expect(within(summary).getByText(/open the item’s details to see what to check/)).toBeVisible();
    // The badges on the items are notes, not warnings.
    for (const badge of document.querySelectorAll('.badge--warn'))
      expect(badge.textContent).not.toBe('To confirm');
    expect(document.querySelectorAll('.badge--note').length).toBeGreaterThan(0);
  });

  it('explains “Conferred on” on the Degree screen', async () => {
    const { user } = await renderApp();
    await user.click(within(wideNav()).getByRole('link', { name: 'Degree' }));
    await user.click(await screen.findByRole('button', { name: 'Conferred on' }));
    expect(screen.getByText(/officially awarded the degree/)).toBeVisible();
    expect(screen.getByLabelText('Conferred on (once you have it)')).toBeInTheDocument();
  });
});
