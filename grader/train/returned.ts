/**
 * Reads what a model returned, `[parameters, costs]`, into arrays the grader computes with, or says
 * what is wrong with it. The numbers are the raw values off the wire (validated there); here only
 * their shapes are checked against the layer sizes the model was given.
 */
import { NDArray } from "../np/ndarray";
import { describeValue, shapeText, type Value } from "../values/value";
import type { Parameters } from "./accuracy";

export type Returned = { ok: true; parameters: Parameters; costs: number[] } | { ok: false; problem: string; finite?: string };

export function readReturned(value: Value, dims: readonly number[]): Returned {
  if (value.type !== "sequence" || value.items.length !== 2) return { ok: false, problem: describeValue(value) };
  const [params, costs] = value.items;
  if (params.type !== "mapping") return { ok: false, problem: `${describeValue(params)} as parameters` };
  if (costs.type !== "sequence" || costs.items.some((c) => c.type !== "number")) {
    return { ok: false, problem: `${describeValue(costs)} as costs, not a list of numbers` };
  }
  const byKey = new Map(params.entries);
  const parameters: Parameters = {};
  for (let l = 1; l < dims.length; l++) {
    for (const [key, shape] of [[`W${l}`, [dims[l], dims[l - 1]]], [`b${l}`, [dims[l], 1]]] as const) {
      const v = byKey.get(key);
      if (!v || v.type !== "ndarray") return { ok: false, problem: `parameters without an array ${key}` };
      if (v.shape.join() !== shape.join()) return { ok: false, problem: `${key} of shape ${shapeText(v.shape)}, expected ${shapeText(shape)}` };
      if (!v.data.every(Number.isFinite)) return { ok: false, problem: "", finite: key };
      parameters[key] = new NDArray(Float64Array.from(v.data), v.shape);
    }
  }
  return { ok: true, parameters, costs: costs.items.map((c) => (c as { value: number }).value) };
}

/** The most numbers a model's result may hold: its parameters, a cost per 100 iterations, one per item. */
export function resultBound(dims: readonly number[], iterations: number): number {
  let n = 0;
  for (let l = 1; l < dims.length; l++) n += dims[l] * dims[l - 1] + dims[l] + 2;
  return n + 2 * (Math.ceil(iterations / 100) + 1) + 8;
}
