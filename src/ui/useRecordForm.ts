/**
 * The state every record form keeps: the fields as typed, the problems from the last save, and a
 * submit that saves through a store action and closes the form on success. A problem is cleared
 * from a field as soon as the student changes it.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';

type SaveResult<Field extends string> =
  { ok: true } | { ok: false; problems: Partial<Record<Field, string>> };

export function useRecordForm<Input extends object, Field extends string>(
  initial: Input | (() => Input),
  save: (input: Input) => Promise<SaveResult<Field>>,
  onSaved: () => void,
) {
  const [input, setInput] = useState<Input>(initial);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});

  function update(changes: Partial<Input>) {
    setInput((previous) => ({ ...previous, ...changes }));
    setProblems((previous) => {
      const rest = { ...previous };
      for (const field of Object.keys(changes)) delete rest[field as Field];
      return rest;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await save(input);
    if (result.ok) onSaved();
    else setProblems(result.problems);
  }

  return { input, update, problems, submit };
}
