/**
 * Whether two errors are the same failure, for naming a mistake that throws: the same error class
 * and the same text once what differs only by where the code ran is set aside (a reference version
 * called from the sandbox says so; bundling may number a variable, `A2` for `A`). numpy's texts
 * carry the function's check and the argument shapes, so equal texts mean the same #np call
 * failing on the same shapes.
 */

export interface ThrownText {
  name: string;
  message: string;
}

export function normalizedMessage(message: string): string {
  return message
    .replace(/ \(in the course's \w+, called by your code\)$/, "")
    .replace(/'([A-Za-z_$][\w$]*?)\d+'/g, "'$1'")
    .trim();
}

export function sameThrown(a: ThrownText, b: ThrownText): boolean {
  return a.name === b.name && normalizedMessage(a.message) === normalizedMessage(b.message);
}

const tokens = (text: string) => new Set(text.match(/[A-Za-z_$][\w$]*|\d+|[^\w\s]/g) ?? []);

/** How much `line` looks like the closest line of `source` (Jaccard similarity of their tokens, 0 to 1). */
export function similarity(line: string, source: string): number {
  const want = tokens(line);
  if (want.size === 0) return 0;
  let best = 0;
  for (const candidate of source.split("\n")) {
    const have = tokens(candidate);
    let shared = 0;
    for (const t of want) if (have.has(t)) shared++;
    best = Math.max(best, shared / (want.size + have.size - shared));
  }
  return best;
}
