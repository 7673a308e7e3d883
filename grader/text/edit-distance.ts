/**
 * How many single-character edits (insertions, deletions, substitutions) turn `a` into `b`: the
 * measure of every "did you mean" (flags, file names, `#np` names). With `swaps`, exchanging two
 * neighbours counts as one edit (`--onyl` is one edit from `--only`), as a typing slip is.
 */
export function editDistance(a: string, b: string, options: { swaps?: boolean } = {}): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (options.swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
