/**
 * The test that no output (results.json and its messages, the Markdown and HTML reports, the
 * terminal summary, JUnit, CI annotations, the gradebook, the dashboard) shows a hidden case's
 * expected value. For tests: it reads text, it guards nothing at run time.
 *
 * Outputs print numbers at many precisions: messages 8 significant digits (toPrecision(8), zeros
 * trimmed), numpy's repr and the report's cells up to 8 decimals or 8 decimals of a mantissa,
 * results.json the shortest round-trip form (up to 17 digits), and a careless formatter could use
 * %.4g or 4 decimals. So instead of searching for one spelling, the guard reads every number in the
 * text and asks whether it is a hidden value written to the number of digits it shows: rounded or
 * cut at its last digit, so that it is less than one unit of that digit away.
 *
 * The rule for what counts, and why:
 * - A number printed with fewer than MIN_SIGNIFICANT_DIGITS significant digits never counts: "0.5",
 *   "12", "0.01" say almost nothing about a value, and scores, shapes and durations are written so.
 * - A hidden value that can be written exactly in fewer digits is never looked for: 0, 1, 0.5, a
 *   small integer would appear in any report anyway (a relu's zeros, m = 3) and say nothing.
 * - The student's own values are theirs to see, even where they equal an expected one (a right
 *   cell beside a wrong one): a test looks for the expected values the student did not produce.
 */

export const MIN_SIGNIFICANT_DIGITS = 4;

export interface Leak {
  /** The hidden expected value. */
  value: number;
  /** The text that shows it, and where. */
  shown: string;
  at: number;
}

// A number not glued to a word or another number: "-0.7654321", "7.654e-01", ".5"; not the 1 of "W1".
const NUMBER = /(?<![\w.])(-?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?|(?<![\w.])(-?)\.(\d+)(?:[eE]([+-]?\d+))?/g;

interface PrintedNumber {
  value: number;
  /** Significant digits shown, trailing zeros included ("7.50" shows 3). */
  digits: number;
  /** One unit of the last digit shown. */
  unit: number;
}

function printed(match: RegExpExecArray): PrintedNumber {
  const [text] = match;
  const whole = match[2] ?? "";
  const fraction = match[3] ?? match[6] ?? "";
  const exponent = Number(match[4] ?? match[7] ?? 0);
  const digits = (whole + fraction).replace(/^0+/, "").length;
  return { value: Number(text), digits, unit: 10 ** (exponent - fraction.length) };
}

/** Whether `x` can be written exactly with fewer than MIN_SIGNIFICANT_DIGITS digits (0, 1, 0.5, 12). */
export function isTrivial(x: number): boolean {
  return !Number.isFinite(x) || Number(x.toPrecision(MIN_SIGNIFICANT_DIGITS - 1)) === x;
}

/** Every place where `text` shows one of `hidden` at some precision (see the rule above). */
export function leaksIn(text: string, hidden: Iterable<number>): Leak[] {
  const guarded = [...new Set(hidden)].filter((x) => !isTrivial(x));
  const leaks: Leak[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const n = printed(match);
    if (n.digits < MIN_SIGNIFICANT_DIGITS) continue;
    for (const value of guarded) {
      if (Math.abs(n.value - value) < n.unit) leaks.push({ value, shown: match[0], at: match.index });
    }
  }
  return leaks;
}
