/**
 * Which function to fix first when a function is right on its own but fails with the student's own
 * versions of what it calls. Not the callee it calls directly (with linear_forward broken,
 * L_model_forward fails "with your linear_activation_forward", which passes on its own), but the
 * deepest callee that fails: one that fails while everything it calls passes.
 */
import { dependenciesOf, type Exercise } from "../course/exercises";
import type { CaseStatus } from "../results/types";

/** A graded function's outcome: on its own (reference callees), and with the student's own callees when that ran. */
export interface Outcome {
  status: CaseStatus;
  withOwn?: CaseStatus;
}

export interface Culprits {
  /** The deepest failing callees, in the assignment's order: what to fix first. */
  fix: string[];
  /** Callees this run did not grade (--only), so whether they fail is unknown. */
  ungraded: string[];
}

const fails = (o: Outcome) => o.status !== "pass" || (o.withOwn !== undefined && o.withOwn !== "pass" && o.withOwn !== "not-attempted");

export function culprits(name: string, exercises: readonly Exercise[], outcomeOf: (name: string) => Outcome | undefined): Culprits {
  const callees = dependenciesOf(name, exercises);
  const failing = new Set(callees.filter((c) => { const o = outcomeOf(c); return o !== undefined && fails(o); }));
  const fix = callees.filter((c) => failing.has(c) && !dependenciesOf(c, exercises).some((d) => failing.has(d)));
  const order = exercises.map((e) => e.name);
  return {
    fix: fix.sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    ungraded: callees.filter((c) => outcomeOf(c) === undefined),
  };
}

/** The direct callee of `name` through which it reaches `callee` (the callee itself when direct). */
export function calledThrough(name: string, callee: string, exercises: readonly Exercise[]): string {
  const direct = exercises.find((e) => e.name === name)?.calls ?? [];
  return direct.find((d) => d === callee || dependenciesOf(d, exercises).includes(callee)) ?? callee;
}
