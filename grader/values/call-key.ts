/**
 * A key for a call of trusted code on values, equal for two calls exactly when their inputs are
 * the same in every way the code could see: every number by its 64 bits (so -0 is not 0, and NaN is
 * not null as it would be in JSON), every shape, key, string and kind. Memos of trusted code's
 * results (reference/memo.ts) are keyed by it: two calls with the same key get the same answer, so
 * it must never merge inputs a function would tell apart. It is the inputs themselves, written
 * out (no hash: nothing to collide, and cheaper than SHA-256 at a few kilobytes a call).
 */
import type { Value } from "./value";

/** Appends `value`'s structure to `shapes` (as text) and its numbers to `numbers`, in one walk. */
function walk(value: Value, shapes: string[], numbers: number[]): void {
  switch (value.type) {
    case "ndarray":
      shapes.push(`a${value.shape.join(",")};${value.data.length};`);
      for (let i = 0; i < value.data.length; i++) numbers.push(value.data[i]);
      return;
    case "number":
      shapes.push("n;");
      numbers.push(value.value);
      return;
    case "string":
    case "boolean":
    case "none":
      shapes.push(`${value.type[0]}${JSON.stringify(value.value)};`);
      return;
    case "other":
      shapes.push(`o${JSON.stringify(value.description)};`);
      return;
    case "sequence":
      shapes.push(`q${value.items.length}(`);
      for (const item of value.items) walk(item, shapes, numbers);
      shapes.push(")");
      return;
    case "mapping":
      shapes.push(`m${value.entries.length}(`);
      for (const [key, item] of value.entries) {
        shapes.push(`${JSON.stringify(key)}:`);
        walk(item, shapes, numbers);
      }
      shapes.push(")");
  }
}

/**
 * The key of `name` called on `args`: the structure as text (its length first), then each number's
 * 8 bytes as 8 one-byte characters. The structure says how many numbers each part holds, so the
 * key can be read back one way only.
 */
export function callKey(name: string, args: readonly Value[]): string {
  const shapes: string[] = [JSON.stringify(name), `${args.length}(`];
  const numbers: number[] = [];
  for (const arg of args) walk(arg, shapes, numbers);
  const structure = shapes.join("");
  return `${structure.length}:${structure}${Buffer.from(Float64Array.from(numbers).buffer).toString("latin1")}`;
}
