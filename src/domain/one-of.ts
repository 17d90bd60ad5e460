/**
 * Whether a value is one of an `as const` tuple's members (types.ts: CERTIFICATION_TYPES, EXAM_IDS
 * …), as a type guard, so a validator narrows what was typed or read and the code that builds a
 * record from it needs no cast. Plain functions: no React, no Dexie.
 */

/** Narrows `value` to the tuple's members. */
export function isOneOf<const T extends readonly string[]>(
  tuple: T,
  value: unknown,
): value is T[number] {
  return tuple.some((member) => member === value);
}

/**
 * A value a validator has already accepted as one of the tuple's members. Anything else is a bug
 * (a record built before its input was checked), so it throws rather than store a wrong value.
 */
export function oneOf<const T extends readonly string[]>(tuple: T, value: string): T[number] {
  if (isOneOf(tuple, value)) return value;
  throw new Error(
    `"${value}" is not one of ${tuple.join(', ')}: check the input before saving it.`,
  );
}
