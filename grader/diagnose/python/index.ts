/**
 * The Python habits of a student's file that explain a failing case: found on the source
 * (habits.ts), by the run's error (runtime.ts), or on a line esbuild refused. Those on the line that
 * threw come first, and among them the one that names what threw.
 */
import type { Failure } from "../thrown/failure";
import { findHabits, floorDivisions, loadTypeScript, mayHaveHabits, type Habit } from "./habits";
import { runtimeHabits } from "./runtime";

export type { Habit } from "./habits";
export { syntaxHabit } from "./runtime";

/** Where the case threw, when it did. */
export interface Thrown {
  failure: Failure;
  line: number;
}

/** The name a failure is about (len, axis, append, 'A'), to put the habit that caused it first. */
function culprit(failure: Failure): string | undefined {
  switch (failure.kind) {
    case "not-defined":
    case "before-initialization":
      return failure.name;
    case "not-a-function":
      return failure.callee.split(".").pop();
    case "read-of-undefined":
      return failure.property;
    default:
      return undefined;
  }
}

/**
 * Habits that are wrong wherever they are (a keyword argument, an operator on arrays, a Python
 * tuple): named before a catalogued mistake, which only describes their effect (np.sum(dZ, axis=1)
 * returns what "db without keepdims" returns). `//` and for...in may be deliberate.
 */
export function isCause(habit: Habit): boolean {
  return habit.id !== "python/floor-division" && habit.id !== "python/for-in";
}

/**
 * The habits found on recent files, by their text: each failing case of a function asks about the
 * same file (a public and a hidden case, both modes), and parsing it costs ~0.5 ms.
 */
const recent = new Map<string, Habit[]>();
const RECENT_FILES = 32;

async function habitsOf(source: string): Promise<Habit[]> {
  const known = recent.get(source);
  if (known) return known;
  let habits: Habit[];
  try {
    habits = mayHaveHabits(source) ? findHabits(await loadTypeScript(), source) : floorDivisions(source);
  } catch {
    habits = []; // the parser is the grader's: a file it cannot read has no habits to name
  }
  recent.set(source, habits);
  if (recent.size > RECENT_FILES) recent.delete(recent.keys().next().value as string);
  return habits;
}

export async function pythonHabits(source: string, thrown?: Thrown): Promise<Habit[]> {
  // Copies: a caller may change what it is given, and the next case asks again.
  const habits = (await habitsOf(source)).map((h) => ({ ...h }));
  if (!thrown) return habits;
  const found = [...runtimeHabits(thrown.failure, source, thrown.line), ...habits];
  const name = culprit(thrown.failure);
  const f = thrown.failure;
  // What threw is the habit that made it: a method call for "is not a function", a built-in for "is not defined".
  const made = (h: Habit) =>
    (f.kind === "not-a-function" && /python\/(list|array)-method/.test(h.id) && h.explanation.includes(`.${name}(`)) ||
    (f.kind === "not-defined" && (h.id === `python/builtin-${f.name}` || (h.id === "python/constant" && h.explanation.startsWith(`${f.name} `))));
  const rank = (h: Habit) => (h.line === thrown.line ? 4 : 0) + (made(h) ? 2 : 0) + (name && (h.explanation.includes(name) || h.hint.includes(name)) ? 1 : 0);
  return found.map((h, i) => ({ h, i })).sort((a, b) => rank(b.h) - rank(a.h) || a.i - b.i).map(({ h }) => h);
}
