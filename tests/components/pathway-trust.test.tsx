import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readinessFigure, renderApp, setUpAppTests, wideNav } from './render-app';

setUpAppTests();

describe('requirements a student can trust', () => {
  it('shows each pathway’s “To confirm” count in the picker and the summary', async () => {
    const { user } = await renderApp();
    const picker = screen.getByLabelText('Pathway');
    expect(
      within(picker).getByRole('option', {
        name: 'Pharmacy Technician — CPhT (PTCB or NHA) (3 to confirm)',
      }),
    ).toBeInTheDocument();
    await user.selectOptions(picker, 'cpht');
    // Its words explain themselves (glossary buttons), so the sentence spans several elements.
    await waitFor(() =>
      expect(document.querySelector('.pathway-picker__summary')).toHaveTextContent(
        /3 facts are marked To confirm\.$/,
      ),
    );
    expect(readinessFigure()).toMatch(/of \d+ complete/);
  });

  it('lists MLS Route 2 in full on the Degree screen, not as coursework of Route 1', async () => {
    const { user } = await renderApp();
    await user.selectOptions(screen.getByLabelText('Pathway'), 'mls');
    await user.click(
      within(wideNav()).getByRole('link', {
        name: 'Degree',
      }),
    );
    await screen.findByRole('heading', { level: 2, name: 'Degree' });
    expect(screen.queryByRole('heading', { name: 'Coursework the route names' })).toBeNull();
    const routes = (await screen.findByRole('heading', { name: 'Other routes to MLS(ASCP)' }))
      .parentElement as HTMLElement;
    expect(within(routes).getByRole('button', { name: 'Route 2' })).toBeVisible();
    expect(routes).toHaveTextContent('Route 2: MLT(ASCP) and clinical experience');
    expect(
      within(routes).getByText(/16 semester hours of biology .* 2 years of full-time clinical/),
    ).toBeInTheDocument();
    expect(within(routes).getByRole('link', { name: /Source: MLSI Academy/ })).toHaveAttribute(
      'href',
      'https://mlsiacademy.com/blog/mls-ascp-route-2',
    );
    expect(within(routes).getByText('To confirm')).toBeInTheDocument();
  });
});
