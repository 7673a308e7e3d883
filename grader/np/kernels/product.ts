/**
 * The matrix product every `dot` and `matmul` goes through: the WebAssembly kernel where it runs,
 * else the JS one. Both sum in the order of blocking.ts, so the path taken never changes a result
 * beyond what the FMA module's fused rounding does (a few units in the last place).
 */
import { jsProduct } from "./gemm-js";
import { type ProductOptions, wasmProduct } from "./gemm-wasm";

export { RESIDENT_MIN } from "./gemm-wasm";
import { transpose2d } from "./transpose";

/**
 * C[cOff..] = A·B for A (m × k) at aOff and B (k × n) at bOff, row-major; C's values are
 * overwritten. `transA`/`transB`: that operand is given by its transpose's values (A as k × m,
 * B as n × k, a lazy `.T`): the WebAssembly path packs it transposed at no extra cost; the JS
 * path transposes it first. Either way the same sums in the same order. `stableB`: B's values
 * cannot change, so the WebAssembly path may keep them in its memory for the next product.
 */
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
  options: ProductOptions = {},
): void {
  if (m === 0 || n === 0) return;
  if (k === 0) {
    C.fill(0, cOff, cOff + m * n); // an empty sum, as numpy gives
    return;
  }
  if (wasmProduct(A, aOff, B, bOff, C, cOff, m, k, n, options)) return;
  const { transA = false, transB = false } = options;
  const [a, ao] = transA ? [transpose2d(A.subarray(aOff, aOff + k * m), k, m), 0] : [A, aOff];
  const [b, bo] = transB ? [transpose2d(B.subarray(bOff, bOff + n * k), n, k), 0] : [B, bOff];
  jsProduct(a, ao, b, bo, C, cOff, m, k, n);
}
