/**
 * src/ui/useRecordForm.ts with src/ui/Field.tsx: the behaviour every record form shares, driven
 * through a small form the way a student drives a real one.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Field } from '../../src/ui/Field';
import { FormActions } from '../../src/ui/FormActions';
import { useRecordForm } from '../../src/ui/useRecordForm';

interface Input {
  name: string;
  counts: Record<string, string>;
}
type Problem = 'name' | 'count-a' | 'count-b';
type Result = { ok: true } | { ok: false; problems: Partial<Record<Problem, string>> };

function check(input: Input): Result {
  const problems: Partial<Record<Problem, string>> = {};
  if (input.name.trim() === '') problems.name = 'Enter a name.';
  for (const kind of ['a', 'b'] as const)
    if (!/^\d*$/.test(input.counts[kind] ?? '')) problems[`count-${kind}`] = 'Enter a number.';
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true };
}

function TestForm({
  save,
  onSaved,
}: {
  save: (input: Input) => Promise<Result>;
  onSaved?: () => void;
}) {
  const { input, update, problems, submit, busy, saved } = useRecordForm<Input, Problem>(
    { name: '', counts: { a: '', b: '' } },
    save,
    onSaved,
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Test">
      <Field id="name" label="Name" error={problems.name}>
        {(control) => (
          <input
            {...control}
            value={input.name}
            onChange={(event) => update({ name: event.target.value })}
          />
        )}
      </Field>
      {(['a', 'b'] as const).map((kind) => (
        <Field
          key={kind}
          id={`count-${kind}`}
          label={`Count ${kind}`}
          error={problems[`count-${kind}`]}
        >
          {(control) => (
            <input
              {...control}
              value={input.counts[kind] ?? ''}
              onChange={(event) =>
                update({ counts: { ...input.counts, [kind]: event.target.value } }, [
                  `count-${kind}`,
                ])
              }
            />
          )}
        </Field>
      ))}
      <FormActions saveLabel="Save" onCancel={() => undefined} busy={busy} />
      <p role="status">{saved ? 'Saved.' : ''}</p>
    </form>
  );
}

describe('useRecordForm', () => {
  it('moves focus to the first refused field, and clears only the problem of the field edited', async () => {
    const user = userEvent.setup();
    render(<TestForm save={(input) => Promise.resolve(check(input))} />);
    await user.type(screen.getByLabelText('Count a'), 'x');
    await user.type(screen.getByLabelText('Count b'), 'y');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveFocus());
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Enter a name.');
    expect(screen.getByLabelText('Count b')).toHaveAttribute('aria-invalid', 'true');

    // A problem keyed apart from its field (count-b) clears when that count changes, and only it.
    await user.type(screen.getByLabelText('Count b'), '{Backspace}');
    expect(screen.getByLabelText('Count b')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Count a')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Enter a name.');

    await user.type(screen.getByLabelText('Name'), 'N');
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Enter a name.')).not.toBeInTheDocument();
  });

  it('is busy while saving, ignores a second submit, and says saved until the next change', async () => {
    let finish: (result: Result) => void = () => undefined;
    const save = vi.fn(
      () =>
        new Promise<Result>((resolve) => {
          finish = resolve;
        }),
    );
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(<TestForm save={save} onSaved={onSaved} />);
    await user.type(screen.getByLabelText('Name'), 'Ann');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled());
    const form = screen.getByRole('form', { name: 'Test' });
    if (form instanceof HTMLFormElement) form.requestSubmit();
    expect(save).toHaveBeenCalledTimes(1);

    finish({ ok: true });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    expect(onSaved).toHaveBeenCalledTimes(1);

    await user.type(screen.getByLabelText('Name'), 'e');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
