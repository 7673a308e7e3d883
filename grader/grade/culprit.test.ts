import { describe, expect, it } from "vitest";
import { loadExercises } from "../course/exercises";
import type { CaseStatus } from "../results/types";
import { calledThrough, culprits, type Outcome } from "./culprit";

const exercises = loadExercises();

/** Every function passes, but those named here. */
const outcomes = (over: Record<string, Outcome>) => (name: string): Outcome | undefined => over[name] ?? { status: "pass" as CaseStatus };

describe("which callee to fix first", () => {
  it("names the deepest failing callee, not the direct one that only fails through it", () => {
    const broken = outcomes({ linear_forward: { status: "fail" }, linear_activation_forward: { status: "pass", withOwn: "fail" } });
    expect(culprits("L_model_forward", exercises, broken)).toEqual({ fix: ["linear_forward"], ungraded: [] });
    expect(calledThrough("L_model_forward", "linear_forward", exercises)).toBe("linear_activation_forward");
    expect(calledThrough("linear_activation_forward", "linear_forward", exercises)).toBe("linear_forward");
  });

  it("names a direct callee that fails on its own when what it calls passes", () => {
    const broken = outcomes({ linear_activation_backward: { status: "error" } });
    expect(culprits("L_model_backward", exercises, broken).fix).toEqual(["linear_activation_backward"]);
  });

  it("says which callees this run did not grade (--only), and blames none of them", () => {
    const only = (name: string): Outcome | undefined => (name === "L_model_forward" ? { status: "pass" } : undefined);
    expect(culprits("L_model_forward", exercises, only)).toEqual({ fix: [], ungraded: ["linear_forward", "linear_activation_forward"] });
  });
});
