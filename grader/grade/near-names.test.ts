import { describe, expect, it } from "vitest";
import { didYouMean, nameStem, nearExercise } from "./near-names";

const names = ["linear_forward", "linear_backward", "compute_cost", "L_model_forward", "update_parameters"];

describe("near names of exercise files", () => {
  it("reduces a name to what a slip leaves unchanged: case, separators, copy counters, extension", () => {
    expect(nameStem("Compute_Cost.ts")).toBe("compute_cost");
    expect(nameStem("linear-backward.ts")).toBe("linear_backward");
    expect(nameStem("L_model_forward (1).ts")).toBe("l_model_forward");
    expect(nameStem("update parameters copy.js")).toBe("update_parameters");
    expect(nameStem("notes.txt")).toBeUndefined();
    expect(nameStem("types.d.ts")).toBeUndefined();
  });

  it("finds the exercise a near name means, and never treats an exact name as near", () => {
    expect(nearExercise("Compute_Cost.ts", names)).toBe("compute_cost");
    expect(nearExercise("week4/linear-backward.ts", names)).toBe("linear_backward");
    expect(nearExercise("linear_backward.js", names)).toBe("linear_backward");
    expect(nearExercise("L_model_forward (1).ts", names)).toBe("L_model_forward");
    expect(nearExercise("linear_forward.ts", names)).toBeUndefined();
    expect(nearExercise("helpers.ts", names)).toBeUndefined();
  });

  it("suggests, for a missing file, near names, small misspellings and the name with another extension", () => {
    const files = ["Compute_Cost.ts", "compute_cost.py", "linear_foward.ts", "notes.md", "linear_forward.ts"];
    expect(didYouMean("compute_cost", files)).toEqual(["Compute_Cost.ts", "compute_cost.py"]);
    expect(didYouMean("linear_forward", files)).toEqual(["linear_foward.ts"]);
    expect(didYouMean("update_parameters", files)).toEqual([]);
  });
});
