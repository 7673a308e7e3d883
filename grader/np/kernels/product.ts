/**
 * The matrix product every `dot` and `matmul` goes through: the WebAssembly kernel where it runs,
 * else the JS one. Both sum in the order of blocking.ts, so the path taken never changes a result
 * beyond what the FMA module's fused rounding does (a few units in the last place).
 */
import { jsProduct } from "./gemm-js";
import { wasmProduct } from "./gemm-wasm";

/** C[cOff..] = A·B for A (m × k) at aOff and B (k × n) at bOff, row-major; C's values are overwritten. */
export function product(
  A: Float64Array,
  aOff: number,
  B: Float64Array,
  bOff: number,
  C: Float64Array,
  cOff: number,
  m: number,
  k: number,
  n: number,
): void {
  if (m === 0 || n === 0) return;
  if (k === 0) {
    C.fill(0, cOff, cOff + m * n); // an empty sum, as numpy gives
    return;
  }
  if (!wasmProduct(A, aOff, B, bOff, C, cOff, m, k, n)) jsProduct(A, aOff, B, bOff, C, cOff, m, k, n);
}
