/** The options of a `<select>` over a fixed list of values (an `as const` tuple), each shown by its label. */
interface OptionsProps<Value extends string> {
  values: readonly Value[];
  labels: Readonly<Record<Value, string>>;
}

export function Options<Value extends string>({ values, labels }: OptionsProps<Value>) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}
