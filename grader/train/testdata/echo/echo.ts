// Returns its argument and prints as it goes: for the tests of large arrays on the wire and of streamed prints.
import type { NDArray } from "#np";

export function echo(X: NDArray): NDArray {
  console.log("first line");
  console.log("second line");
  return X;
}
