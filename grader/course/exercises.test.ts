/** The course's metadata: the week's two parts, Part 2's exercises and what they call, and bad files refused. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GraderError } from "../errors";
import { dependenciesOf, exercisesFile, loadCourse, parseCourse } from "./exercises";

const json = () => JSON.parse(readFileSync(exercisesFile, "utf8")) as { parts: { id: string }[]; exercises: { part: string; name: string }[] };

describe("the course's exercise metadata", () => {
  it("has Part 1 (ten functions) and Part 2 (two models), in the week's order", () => {
    const { parts, exercises } = loadCourse();
    expect(parts.map((p) => [p.id, p.title])).toEqual([["step-by-step", "Step by Step"], ["application", "Application"]]);
    expect(exercises.filter((e) => e.part === "step-by-step")).toHaveLength(10);
    expect(exercises.filter((e) => e.part === "application").map((e) => e.name)).toEqual(["two_layer_model", "L_layer_model"]);
  });

  it("gives the models the Part 1 functions they call, and the time a training loop needs", () => {
    const { exercises } = loadCourse();
    const byName = new Map(exercises.map((e) => [e.name, e]));
    expect(byName.get("two_layer_model")!.calls).toEqual(["initialize_parameters", "linear_activation_forward", "compute_cost", "linear_activation_backward", "update_parameters"]);
    expect(byName.get("L_layer_model")!.calls).toEqual(["L_model_forward", "compute_cost", "L_model_backward", "update_parameters"]);
    // The application's initialiser is a given helper: Part 1's initialize_parameters_deep is no callee.
    expect(dependenciesOf("L_layer_model", exercises)).not.toContain("initialize_parameters_deep");
    expect(dependenciesOf("L_layer_model", exercises)).toContain("linear_backward");
    for (const name of ["two_layer_model", "L_layer_model"]) expect(byName.get(name)!.timeoutMs).toBe(10_000);
  });

  it("refuses an exercise of an unknown part, a repeated part and a file without parts", () => {
    const unknown = json();
    unknown.exercises[11].part = "part-3";
    expect(() => parseCourse(unknown, "exercises.json")).toThrow(/belongs to part "part-3", which is not among the parts/);
    const repeated = json();
    repeated.parts.push({ ...repeated.parts[0] });
    expect(() => parseCourse(repeated, "exercises.json")).toThrow(/repeats the part "step-by-step"/);
    const { parts: _, ...withoutParts } = json();
    expect(() => parseCourse(withoutParts, "exercises.json")).toThrow(GraderError);
  });
});
