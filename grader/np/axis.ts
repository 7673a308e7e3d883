import { AxisError, ValueError } from "./errors";

/** Maps a possibly negative axis into [0, ndim), with numpy's AxisError text when it is out of range. */
export function normalizeAxis(axis: number, ndim: number): number {
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) {
    throw new AxisError(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
  }
  return axis < 0 ? axis + ndim : axis;
}

/** Normalises one axis or several; numpy rejects a repeated axis with this text. */
export function normalizeAxes(axis: number | readonly number[], ndim: number): number[] {
  const list = typeof axis === "number" ? [axis] : [...axis];
  const out = list.map((a) => normalizeAxis(a, ndim));
  if (new Set(out).size !== out.length) throw new ValueError("duplicate value in 'axis'");
  return out;
}
