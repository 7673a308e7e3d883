/**
 * Wrong seed or no seed in the initialisers, named as such: their expected weights are the draws of
 * the seed the course's given line sets (each fixture case's recipe says it: "the function seeds
 * 1"), so any other seed, or none, gives other numbers everywhere, which no value detector can
 * name. Read on the student's source.
 */
import { messages } from "../messages/messages";
import type { Habit } from "./python/habits";

const SEED = /^(?!\s*\/\/).*\bnp\.random\.seed\(\s*([^)]*?)\s*\)/m;

/** The seed a case's function must set, from its recipe; undefined for functions that set none. */
export function courseSeed(recipe: string): string | undefined {
  return /\bthe function seeds (\d+)/.exec(recipe)?.[1];
}

/** The seed mistake of a failing initialiser's source, or undefined when it seeds as the course does. */
export function seedMistake(functionName: string, recipe: string, source: string): Omit<Habit, "line"> | undefined {
  const expected = courseSeed(recipe);
  if (expected === undefined) return undefined;
  const found = SEED.exec(source)?.[1];
  const S = messages.seed;
  if (found === undefined) return { id: `${functionName}/no-seed`, name: S.none.name, explanation: S.none.explanation(expected), hint: S.none.hint(expected) };
  if (found !== expected) return { id: `${functionName}/other-seed`, name: S.other.name, explanation: S.other.explanation(found, expected), hint: S.other.hint(expected) };
  return undefined;
}
