/**
 * The course's exercise metadata (grader/course/exercises.json): which functions are graded, in the
 * assignment's order, what they call, what their results are named, and their time limits.
 */
import { readFileSync } from "node:fs";
import { paths } from "../paths";
import { assertValid } from "../validation/ajv";
import { GraderError } from "../errors";
import schema from "./exercises.schema.json" with { type: "json" };

/** One assignment of the week (Part 1 "Step by Step", Part 2 "Application"): a subtotal of its own. */
export interface Part {
  id: string;
  title: string;
}

export interface Exercise {
  /** The id of the part the exercise belongs to. */
  part: string;
  name: string;
  title: string;
  /** Parameter names, in order, as the course spells them. */
  args: string[];
  /** Graded functions this one calls directly, as the course's solution does. */
  calls: string[];
  outputs: string | string[];
  points: number;
  timeoutMs: number;
}

interface ExercisesFile {
  format_version: 2;
  points_per_exercise: number;
  default_timeout_ms: number;
  parts: Part[];
  exercises: { part: string; name: string; title: string; args: string[]; calls: string[]; outputs: string | string[]; timeout_ms?: number }[];
}

export const exercisesFile = paths.exerciseMetadata;

export interface Course {
  parts: Part[];
  exercises: Exercise[];
}

export function parseCourse(json: unknown, file: string): Course {
  const parsed = assertValid<ExercisesFile>(schema, json, file, "config");
  const names = new Set(parsed.exercises.map((e) => e.name));
  const partIds = parsed.parts.map((p) => p.id);
  parsed.parts.forEach((p, i) => {
    if (partIds.indexOf(p.id) !== i) throw new GraderError("config", `repeats the part "${p.id}"`, file, `/parts/${i}/id`);
  });
  parsed.exercises.forEach((e, i) => {
    if (!partIds.includes(e.part)) {
      const known = partIds.join(", ");
      throw new GraderError("config", `belongs to part "${e.part}", which is not among the parts (${known})`, file, `/exercises/${i}/part`);
    }
    const unknown = e.calls.find((c) => !names.has(c));
    if (unknown) throw new GraderError("config", `calls "${unknown}", which is not a graded exercise`, file, `/exercises/${i}/calls`);
  });
  const exercises = parsed.exercises.map((e) => ({
    part: e.part,
    name: e.name,
    title: e.title,
    args: e.args,
    calls: e.calls,
    outputs: e.outputs,
    points: parsed.points_per_exercise,
    timeoutMs: e.timeout_ms ?? parsed.default_timeout_ms,
  }));
  return { parts: parsed.parts, exercises };
}

export function parseExercises(json: unknown, file: string): Exercise[] {
  return parseCourse(json, file).exercises;
}

let cached: Course | undefined;

export function loadExercises(): Exercise[] {
  return loadCourse().exercises;
}

/** The parts of the week, in order. */
export function loadParts(): Part[] {
  return loadCourse().parts;
}

export function loadCourse(): Course {
  if (!cached) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(exercisesFile, "utf8"));
    } catch (error) {
      throw new GraderError("config", `cannot be read as JSON: ${(error as Error).message}`, exercisesFile);
    }
    cached = parseCourse(json, exercisesFile);
  }
  return cached;
}

/** Every graded function `name` depends on, directly or not, callees first. */
export function dependenciesOf(name: string, exercises: readonly Exercise[]): string[] {
  const byName = new Map(exercises.map((e) => [e.name, e]));
  const order: string[] = [];
  const visit = (n: string) => {
    for (const callee of byName.get(n)?.calls ?? []) {
      if (!order.includes(callee)) {
        visit(callee);
        order.push(callee);
      }
    }
  };
  visit(name);
  return order;
}
