/**
 * An unknown flag answered with the nearest known one (`--onyl`: did you mean `--only`?), before
 * node:util's parseArgs answers it with a text about positional arguments that helps no student.
 */
import { editDistance } from "../text/edit-distance";
import type { FlagSpec } from "./npm-flags";

/** The known flag nearest to `name` (without dashes), when one is near enough to be meant. */
export function nearestFlag(name: string, known: readonly string[]): string | undefined {
  const typed = name.toLowerCase().replace(/_/g, "-");
  let best: { flag: string; distance: number } | undefined;
  for (const flag of known) {
    const distance = flag.startsWith(typed) && typed.length >= 2 ? 0 : editDistance(typed, flag, { swaps: true });
    if (!best || distance < best.distance) best = { flag, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(best.flag.length / 3)) ? best.flag : undefined;
}

/** The first flag in `argv` (before a `--`) that `options` does not know, with a suggestion. */
export function unknownFlag(argv: readonly string[], options: Record<string, FlagSpec>): { flag: string; suggestion?: string } | undefined {
  const shorts = new Set(Object.values(options).flatMap((o) => (o.short ? [o.short] : [])));
  for (const token of argv) {
    if (token === "--") return undefined;
    const long = /^--([^=]+)/.exec(token);
    if (long && !(long[1] in options)) {
      const near = nearestFlag(long[1], Object.keys(options));
      return { flag: `--${long[1]}`, suggestion: near && `--${near}` };
    }
    const short = /^-([^-])/.exec(token);
    if (short && !shorts.has(short[1])) {
      const near = nearestFlag(token.slice(1), Object.keys(options));
      return { flag: token, suggestion: near && `--${near}` };
    }
  }
  return undefined;
}
