/**
 * The generic detectors, for a failing result no catalogued mistake explains: each part that
 * differs from the expected one gets the first observation that fits, most specific first.
 */
import type { Tolerance } from "../../fixtures/load";
import type { Value } from "../../values/value";
import { detectFactor } from "./factor";
import { detectMissingKeepdims } from "./keepdims";
import { detectMisplaced } from "./misplaced";
import { detectNonFinite } from "./non-finite";
import { allClose, arraysOf, isFiniteArray, pairsOf } from "./pairs";
import { detectRowsColumns } from "./rows-columns";
import { detectSignFlip } from "./sign";
import { detectTransposed } from "./transposed";

export interface DetectorInput {
  actual: Value;
  expected: Value;
  outputs: string | string[];
  args: readonly Value[];
  /** The course's argument names, to label inputs. */
  argNames: string[];
  tolerance: Tolerance;
  /** The number of examples of the case, when the function has one. */
  m?: number;
}

/** Enough to act on; a result wrong everywhere would otherwise list every part. */
const MAX_FINDINGS = 4;

export function genericFindings(input: DetectorInput): string[] {
  const { actual, expected, outputs, tolerance, m } = input;
  const findings: string[] = [];
  const nonFinite = detectNonFinite(actual, outputs);
  if (nonFinite) findings.push(nonFinite);
  const candidates = {
    expected: arraysOf(expected, outputs),
    inputs: input.args.flatMap((arg, i) => arraysOf(arg, input.argNames[i] ?? `argument ${i + 1}`)),
  };
  for (const pair of pairsOf(actual, expected, outputs)) {
    if (findings.length >= MAX_FINDINGS) break;
    if (!isFiniteArray(pair.actual) || allClose(pair.actual, pair.expected, tolerance)) continue;
    const finding =
      detectMissingKeepdims(pair, tolerance) ??
      detectTransposed(pair, tolerance) ??
      detectSignFlip(pair, tolerance) ??
      detectFactor(pair, tolerance, m) ??
      detectMisplaced(pair, candidates, tolerance) ??
      detectRowsColumns(pair, tolerance);
    if (finding) findings.push(finding);
  }
  return findings;
}
