/**
 * The two ways numpy writes a shape. Error messages use the C helper `convert_shape_to_string`
 * ("(3,4)", "(3,)", no spaces, negative entries as "newaxis", leading negative entries dropped);
 * reprs use Python's tuple repr ("(3, 4)", "(3,)"). Students compare these texts with numpy's.
 */

/** numpy's C `convert_shape_to_string`, quirks included: reshape(-1, 5) reports "(5)". */
export function shapeText(shape: readonly number[]): string {
  let i = 0;
  while (i < shape.length && shape[i] < 0) i++;
  if (i === shape.length) return "()";
  let s = `(${shape[i]}`;
  i++;
  for (; i < shape.length; i++) s += shape[i] < 0 ? ",newaxis" : `,${shape[i]}`;
  return shape.length === 1 ? `${s},)` : `${s})`;
}

/** Python's repr of a tuple of ints, as in `shape=(0, 3)`. */
export function tupleRepr(shape: readonly number[]): string {
  if (shape.length === 1) return `(${shape[0]},)`;
  return `(${shape.join(", ")})`;
}
