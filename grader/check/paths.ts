/**
 * Names a place inside a function's result the way the course writes it: `Z`, `cache[0]`,
 * `caches[1][0][2]`, `grads["dW1"]`. The top-level names come from the exercise metadata.
 */
export type Path = (string | number)[];

export function pathLabel(path: Path, outputs: string | string[]): string {
  if (Array.isArray(outputs)) {
    if (path.length === 0) return "the result";
    const [first, ...rest] = path;
    const head = typeof first === "number" && outputs[first] !== undefined ? outputs[first] : `result[${String(first)}]`;
    return head + suffix(rest);
  }
  return outputs + suffix(path);
}

function suffix(path: Path): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `["${p}"]`)).join("");
}

export function indexLabel(flatIndex: number, shape: readonly number[]): string {
  const index: number[] = [];
  let rest = flatIndex;
  for (let d = shape.length - 1; d >= 0; d--) {
    index.unshift(rest % shape[d]);
    rest = Math.floor(rest / shape[d]);
  }
  return `[${index.join(", ")}]`;
}
