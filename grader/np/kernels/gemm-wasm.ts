/**
 * The WebAssembly product: C = A·B with the kernel of gemm-wasm-source.ts, from the bytes embedded
 * in gemm-wasm-bytes.ts (the sandboxed child can read no file). Operands are copied into the
 * module's memory (A packed on the way, B too from 64 rows of A, or when given transposed), the
 * product runs there, C is copied out. A big B that cannot change stays there, packed, for the
 * next products (residents, below).
 *
 * Where WebAssembly cannot start (no WebAssembly, SIMD refused, or no memory: V8 reserves 10 GB
 * of address space per memory for its guard regions, which an address-space rlimit refuses; the
 * sandbox caps writable memory instead, see grader/run/limits.ts), `wasmProduct` answers false and
 * the caller computes in JS, which gives the plain kernel's bits.
 *
 * The memory is declared with a maximum of MAX_BYTES: where V8 runs without its trap handler it
 * reserves a memory's whole maximum up front, and with none declared it took all the address space
 * an address-space cap left (measured under a 3 GB cap: 2.3 GB, leaving 48 MB for the student's
 * arrays). Products bigger than that go through in row blocks of A and C, which changes no
 * element's summation order.
 */
import { KC, NC, nextHeight, nextWidth, PACK_B_MIN_ROWS, packA, packB } from "./blocking";
import { gemmWasm } from "./gemm-wasm-bytes";
import { type WasmMemory, webAssembly } from "./wasm-api";

interface Instance {
  memory: WasmMemory;
  /** The kernel's register tile: rows of A's packed panels, columns of B's. */
  mr: number;
  nr: number;
  gemm: (apk: number, b: number, c: number, m: number, k: number, n: number, kc: number, nc: number, packedB: number) => void;
}

const PAGE = 65536;
/** The memory's maximum: 256 MB holds the course's largest product (X: 12288 × 209) eight times over. */
const MAX_BYTES = 256 * 1024 * 1024;

let instance: (Instance & { flavour: WasmFlavour }) | null | undefined;

function decode(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Which kernel runs here: relaxed SIMD's multiply-add where V8 accepts it, else the plain one. */
export type WasmFlavour = "fma" | "plain";

/** Set by tests and benches to choose a kernel; undefined: the best this engine accepts. */
let wanted: WasmFlavour | "none" | undefined;

/**
 * Chooses the kernel for the next products ("none": the JS path), or the default again; returns
 * what runs now. For tests and the benches only.
 */
export function chooseWasm(choice: WasmFlavour | "none" | undefined): WasmFlavour | "none" {
  wanted = choice;
  instance = undefined;
  clearResidents(); // a new memory
  return wasmInstance()?.flavour ?? "none";
}

/** The instance, made on first use; null where WebAssembly is unavailable here. */
export function wasmInstance(): (Instance & { flavour: WasmFlavour }) | null {
  if (instance !== undefined) return instance;
  instance = null;
  const wasm = webAssembly();
  if (wanted === "none" || !wasm) return instance;
  for (const flavour of wanted ? [wanted] : (["fma", "plain"] as const)) {
    try {
      const { mr, nr, bytes: base64 } = gemmWasm[flavour];
      const bytes = decode(base64);
      // relaxed SIMD needs --experimental-wasm-relaxed-simd on Node 20: without it, validate says no
      if (!wasm.validate(bytes)) continue;
      const memory = new wasm.Memory({ initial: 16, maximum: MAX_BYTES / PAGE });
      const exports = new wasm.Instance(new wasm.Module(bytes), { env: { memory } }).exports;
      return (instance = { memory, mr, nr, gemm: exports.gemm as Instance["gemm"], flavour });
    } catch {
      // no memory (address-space cap with guard regions) or no SIMD: try the next, then JS
    }
  }
  return instance;
}

/** Grows the memory to `bytes`; false if it cannot (the caller falls back to JS). */
function reserve(memory: WasmMemory, bytes: number): boolean {
  const have = memory.buffer.byteLength;
  if (bytes <= have) return true;
  if (bytes > MAX_BYTES) return false;
  try {
    memory.grow(Math.ceil((bytes - have) / PAGE));
    return true;
  } catch {
    return false;
  }
}

/** How the operands come (product.ts), and a test's limit on the rows per pass. */
export interface ProductOptions {
  /** A given by its transpose's values (k × m, row-major). */
  transA?: boolean;
  /** B given by its transpose's values (n × k, row-major); B is then always packed. */
  transB?: boolean;
  /**
   * B's values stay as they are for as long as anything holds them (ndarray.ts lendValues), so a
   * big B may stay in wasm memory for the next product with the same values.
   */
  stableB?: boolean;
  /** Rows of A per pass, for the tests (default: as many as fit). */
  maxRows?: number;
}

/**
 * B's values kept in wasm memory from one product to the next: the course multiplies by its 20 MB
 * image matrix X three times an iteration (W1·X, dZ1·Xᵀ), 2,500 iterations, and copying it in
 * took ~1.5 ms a time (more, in a whole product: the copy evicts what the kernel reads). Only
 * values that cannot change (stableB) and only big ones: each stays in one slot (raw or packed,
 * from B or from Bᵀ), at most two, cleared all at once when a third comes or space runs out.
 */
interface Resident {
  values: Float64Array;
  off: number;
  k: number;
  n: number;
  /** 0: B copied as is, 1: B packed, 2: B packed from Bᵀ. */
  layout: number;
  /** Where in wasm memory, in float64s. */
  at: number;
}

/** Below this many elements B is just copied each time: residents are for the course's X (2.6 M). */
export const RESIDENT_MIN = 1 << 20;
const MAX_RESIDENTS = 2;
let residents: Resident[] = [];
/** The end of the residents in wasm memory, in float64s: each product's own space starts there. */
let residentEnd = 0;

function findResident(values: Float64Array, off: number, k: number, n: number, layout: number): Resident | undefined {
  return residents.find((r) => r.values === values && r.off === off && r.k === k && r.n === n && r.layout === layout);
}

function clearResidents(): void {
  residents = [];
  residentEnd = 0;
}

/**
 * C[cOff..] = A·B (m × k times k × n, row-major) in WebAssembly; false if it could not run.
 * `transA`/`transB`: the operand is given by its transpose's values (A as k × m, B as n × k),
 * packed from them (blocking.ts: packA and packB read each other's layout); B given so is always packed.
 */
export function wasmProduct(
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
): boolean {
  const wasm = wasmInstance();
  if (!wasm) return false;
  const { transA = false, transB = false, stableB = false, maxRows = Infinity } = options;
  const size = k * n;
  // a B kept in memory is packed once for every product that reads it
  const packedB = transB || m >= PACK_B_MIN_ROWS || (stableB && size >= RESIDENT_MIN) ? 1 : 0;
  const layout = transB ? 2 : packedB;
  let resident = stableB ? findResident(B, bOff, k, n, layout) : undefined;
  const keep = stableB && !resident && size >= RESIDENT_MIN;
  if (keep && residents.length >= MAX_RESIDENTS) clearResidents();
  // B (unless resident) then A's packed rows and C's rows, after the residents; rows of A and C
  // per pass: all of them if they fit, else as many as fit (maxRows: tests)
  const space = (base: number) => Math.floor((MAX_BYTES / 8 - base - (resident ? 0 : size)) / (k + n));
  if (space(residentEnd) < 1 && residentEnd > 0) {
    clearResidents();
    resident = undefined;
  }
  const rows = Math.min(m, maxRows, space(residentEnd));
  if (rows < 1) return false;
  const bAt = resident ? resident.at : residentEnd;
  const aAt = resident ? residentEnd : bAt + size;
  const cAt = aAt + rows * k;
  if (!reserve(wasm.memory, (cAt + rows * n) * 8)) return false;
  const heap = new Float64Array(wasm.memory.buffer);
  if (!resident) {
    if (transB) packA(B, bOff, n, k, wasm.nr, heap, bAt, KC, nextWidth);
    else if (packedB) packB(B, bOff, k, n, wasm.nr, heap, bAt);
    else heap.set(B.subarray(bOff, bOff + size), bAt);
    if (keep) {
      residents.push({ values: B, off: bOff, k, n, layout, at: bAt });
      residentEnd = bAt + size;
    }
  }
  for (let i = 0; i < m; i += rows) {
    const mb = Math.min(rows, m - i);
    if (transA) packB(A, aOff + i, k, mb, wasm.mr, heap, aAt, m, nextHeight);
    else packA(A, aOff + i * k, mb, k, wasm.mr, heap, aAt);
    wasm.gemm(aAt * 8, bAt * 8, cAt * 8, mb, k, n, KC, NC, packedB);
    C.set(heap.subarray(cAt, cAt + mb * n), cOff + i * n);
  }
  return true;
}
