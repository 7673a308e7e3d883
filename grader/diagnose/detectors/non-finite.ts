/**
 * Detector: where NaN or Infinity first appears in a result, in the order of its parts (the order
 * of computation for caches and, usually, for gradients), and which other parts it spread to.
 */
import { indexLabel } from "../../check/paths";
import { messages } from "../../messages/messages";
import type { Value } from "../../values/value";
import { arraysOf } from "./pairs";

export function detectNonFinite(actual: Value, outputs: string | string[]): string | undefined {
  const tainted = arraysOf(actual, outputs).filter((a) => a.value.data.some((x) => !Number.isFinite(x)));
  if (tainted.length === 0) return undefined;
  const [first, ...others] = tainted;
  const { data, shape } = first.value;
  const at = data.findIndex((x) => !Number.isFinite(x));
  const kind = Number.isNaN(data[at]) ? "NaN" : data[at] > 0 ? "Infinity" : "-Infinity";
  const count = data.filter((x) => !Number.isFinite(x)).length;
  return messages.diagnosis.notFinite(kind, first.label, shape.length > 0 ? indexLabel(at, shape) : "", count, data.length, others.map((o) => o.label));
}
