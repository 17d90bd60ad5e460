/**
 * The state every record form keeps: the fields as typed, the problems from the last save, and a
 * submit that saves through a store action. A problem is cleared from a field as soon as the
 * student changes it; a refused save moves focus to the first field it refused; while the action
 * runs a second submit is ignored, and `busy` lets a form that closes on success disable its Save
 * (one that stays on the screen keeps it enabled, so focus stays where the student left it). On
 * success the form closes through `onSaved`, which is given what was saved (where to go next may
 * depend on it); one that stays says so with `saved` until the next change (settings, the degree),
 * or, with `onSaved` 'clear', starts again from its initial input for the next record (a
 * requirement of the student's own).
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';

type SaveResult<Field extends string> =
  { ok: true } | { ok: false; problems: Partial<Record<Field, string>> };

export function useRecordForm<Input extends object, Field extends string>(
  initial: Input | (() => Input),
  save: (input: Input) => Promise<SaveResult<Field>>,
  onSaved?: ((saved: Input) => void) | 'clear',
) {
  const [input, setInput] = useState<Input>(initial);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const saving = useRef(false);
  const refusedIn = useRef<HTMLFormElement | null>(null);

  useEffect(() => {
    const form = refusedIn.current;
    refusedIn.current = null;
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);

  /**
   * Change some fields. The problems cleared are those keyed by the changed fields' names, or
   * `problemKeys` where a field's problem has another key (one count of several, one area's hours).
   */
  function update(changes: Partial<Input>, problemKeys?: readonly Field[]) {
    setInput((previous) => ({ ...previous, ...changes }));
    setSaved(false);
    setProblems((previous) => {
      const rest = { ...previous };
      for (const key of problemKeys ?? Object.keys(changes)) delete rest[key as Field];
      return rest;
    });
  }

  /** Show a problem found before saving (a file refused as it is chosen), or clear one. */
  function showProblem(field: Field, message: string | undefined) {
    setProblems((previous) => {
      const rest = { ...previous };
      delete rest[field];
      return message === undefined ? rest : { ...rest, [field]: message };
    });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving.current) return;
    const form = event.currentTarget;
    saving.current = true;
    setBusy(true);
    setSaved(false);
    try {
      const result = await save(input);
      if (result.ok) {
        setProblems({});
        setSaved(true);
        if (onSaved === 'clear') setInput(initial);
        else onSaved?.(input);
      } else {
        refusedIn.current = form;
        setProblems(result.problems);
      }
    } finally {
      saving.current = false;
      setBusy(false);
    }
  }

  return { input, update, problems, showProblem, submit, busy, saved };
}
