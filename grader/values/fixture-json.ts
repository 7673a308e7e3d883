/**
 * Fixture files store values the way a reader expects to see them: an array is
 * `{ "shape": [...], "data": [...] }`, a tuple or list is a JSON array, a dict is a JSON object,
 * numbers and strings are themselves. These two functions convert between that form and `Value`.
 */
import type { Value } from "./value";

export type FixtureJson = number | string | boolean | FixtureJson[] | { [key: string]: FixtureJson };

export function isTensorJson(json: unknown): json is { shape: number[]; data: number[] } {
  return typeof json === "object" && json !== null && !Array.isArray(json) && "shape" in json && "data" in json;
}

export function fromFixtureJson(json: FixtureJson): Value {
  if (typeof json === "number") return { type: "number", value: json };
  if (typeof json === "string") return { type: "string", value: json };
  if (typeof json === "boolean") return { type: "boolean", value: json };
  if (Array.isArray(json)) return { type: "sequence", items: json.map(fromFixtureJson) };
  if (isTensorJson(json)) return { type: "ndarray", shape: [...json.shape], data: [...json.data] };
  return { type: "mapping", entries: Object.entries(json).map(([k, v]) => [k, fromFixtureJson(v)]) };
}

export function toFixtureJson(value: Value): FixtureJson {
  switch (value.type) {
    case "ndarray":
      return { shape: value.shape, data: value.data };
    case "number":
    case "string":
    case "boolean":
      return value.value;
    case "sequence":
      return value.items.map(toFixtureJson);
    case "mapping":
      return Object.fromEntries(value.entries.map(([k, v]) => [k, toFixtureJson(v)]));
    case "none":
    case "other":
      throw new Error(`a fixture cannot hold ${value.type === "none" ? value.value : value.description}`);
  }
}

/**
 * Deterministic, readable JSON: two-space indentation, but arrays of numbers or strings on one line,
 * so a tensor's data reads as a row and regenerating gives byte-identical files.
 */
export function stringifyFixture(json: unknown, indent = ""): string {
  if (Array.isArray(json)) {
    if (json.every((x) => typeof x !== "object" || x === null)) return `[${json.map((x) => JSON.stringify(x)).join(", ")}]`;
    const inner = indent + "  ";
    return `[\n${json.map((x) => inner + stringifyFixture(x, inner)).join(",\n")}\n${indent}]`;
  }
  if (typeof json === "object" && json !== null) {
    const inner = indent + "  ";
    const entries = Object.entries(json).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyFixture(v, inner)}`);
    return entries.length === 0 ? "{}" : `{\n${entries.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(json);
}
