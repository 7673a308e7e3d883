/**
 * A minimal WebAssembly binary emitter: just what the product kernels need (i32 and f64 locals,
 * loads and stores, blocks and loops, 128-bit SIMD on f64x2), writing the binary format directly.
 * Emitting from TypeScript needs no toolchain (no clang, no wabt) at build or test time, and lets
 * the kernel source unroll its register tile with ordinary loops. Used at build time only
 * (scripts/build-np-wasm.ts); the child gets the bytes, never this module.
 */

export const i32 = 0x7f;
export const f64 = 0x7c;
export const v128 = 0x7b;
export type ValType = typeof i32 | typeof f64 | typeof v128;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

function name(s: string): number[] {
  const bytes = [...new TextEncoder().encode(s)];
  return [...uleb(bytes.length), ...bytes];
}

function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

/** One function's body, built instruction by instruction; locals are numbered after the params. */
export class Body {
  readonly code: number[] = [];
  private readonly locals: ValType[] = [];

  constructor(private readonly paramCount: number) {}

  /** A new local of `type`: its index. */
  local(type: ValType): number {
    this.locals.push(type);
    return this.paramCount + this.locals.length - 1;
  }

  private op(...bytes: number[]): this {
    this.code.push(...bytes);
    return this;
  }

  get = (l: number) => this.op(0x20, ...uleb(l));
  set = (l: number) => this.op(0x21, ...uleb(l));
  tee = (l: number) => this.op(0x22, ...uleb(l));
  i32const = (v: number) => this.op(0x41, ...sleb(v));
  i32add = () => this.op(0x6a);
  i32sub = () => this.op(0x6b);
  i32mul = () => this.op(0x6c);
  i32shl = () => this.op(0x74);
  i32ltu = () => this.op(0x49);
  i32eqz = () => this.op(0x45);
  i32ne = () => this.op(0x47);
  i32leu = () => this.op(0x4d);
  i32gtu = () => this.op(0x4b);
  select = () => this.op(0x1b);
  call = (f: number) => this.op(0x10, ...uleb(f));
  f64load = (offset = 0) => this.op(0x2b, 3, ...uleb(offset));
  f64store = (offset = 0) => this.op(0x39, 3, ...uleb(offset));
  f64add = () => this.op(0xa0);
  f64mul = () => this.op(0xa2);
  f64const0 = () => this.op(0x44, 0, 0, 0, 0, 0, 0, 0, 0);
  v128load = (offset = 0) => this.op(0xfd, ...uleb(0x00), 3, ...uleb(offset));
  v128load64splat = (offset = 0) => this.op(0xfd, ...uleb(0x0a), 3, ...uleb(offset));
  v128store = (offset = 0) => this.op(0xfd, ...uleb(0x0b), 3, ...uleb(offset));
  v128const0 = () => this.op(0xfd, ...uleb(0x0c), ...new Array<number>(16).fill(0));
  f64x2add = () => this.op(0xfd, ...uleb(0xf0));
  f64x2mul = () => this.op(0xfd, ...uleb(0xf2));
  /** Relaxed SIMD's a·b + c (fused or not, as the machine likes): Node 20 needs a V8 flag for it. */
  f64x2relaxedMadd = () => this.op(0xfd, ...uleb(0x107));
  br = (depth: number) => this.op(0x0c, ...uleb(depth));
  brIf = (depth: number) => this.op(0x0d, ...uleb(depth));

  /** `block` ... `end` (no result); a `br 0` inside jumps past the end. */
  block(inner: () => void): this {
    this.op(0x02, 0x40);
    inner();
    return this.op(0x0b);
  }

  /** `if` ... `end` (no result) on the i32 on the stack. */
  if(inner: () => void): this {
    this.op(0x04, 0x40);
    inner();
    return this.op(0x0b);
  }

  /** `loop` ... `end` (no result); a `br 0` inside jumps back to the start. */
  loop(inner: () => void): this {
    this.op(0x03, 0x40);
    inner();
    return this.op(0x0b);
  }

  /** The locals declaration and code, as the code section wants one function. */
  encode(): number[] {
    const groups = this.locals.map((t) => [...uleb(1), t]);
    const body = [...vec(groups), ...this.code, 0x0b];
    return [...uleb(body.length), ...body];
  }
}

export interface FunctionDef {
  name: string;
  params: ValType[];
  body: Body;
}

/** A module importing its memory as `env.memory` and exporting `functions` by name. */
export function emitModule(functions: FunctionDef[]): Uint8Array {
  const section = (id: number, payload: number[]) => [id, ...uleb(payload.length), ...payload];
  const types = functions.map((f) => [0x60, ...vec(f.params.map((p) => [p])), 0]);
  const memoryImport = [...name("env"), ...name("memory"), 0x02, 0x00, ...uleb(1)];
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec(types)),
    ...section(2, vec([memoryImport])),
    ...section(3, vec(functions.map((_, i) => uleb(i)))),
    ...section(7, vec(functions.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]))),
    ...section(10, vec(functions.map((f) => f.body.encode()))),
  ];
  return Uint8Array.from(bytes);
}
