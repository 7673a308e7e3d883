// Resources: memory outside the V8 heap, which --max-old-space-size does not cap: a 4 GB ArrayBuffer,
// then 1 GB buffers until one fails, kept alive and touched, a SharedArrayBuffer, a WebAssembly.Memory.
const kept: unknown[] = [];

export function initialize_parameters(n_x: number, n_h: number, n_y: number): any {
  const outcome: string[] = [];
  const attempt = (name: string, f: () => ArrayBufferLike | undefined) => {
    try {
      const buffer = f();
      if (buffer) {
        const bytes = new Uint8Array(buffer);
        for (let i = 0; i < bytes.length; i += 4096) bytes[i] = 1;
        kept.push(buffer);
      }
      outcome.push(`${name}: allocated and touched`);
    } catch (e) {
      outcome.push(`${name}: ${String(e).slice(0, 40)}`);
    }
  };
  attempt("4 GB ArrayBuffer", () => new ArrayBuffer(4 * 2 ** 30));
  for (let i = 0; i < 8; i++) attempt(`1 GB #${i}`, () => new ArrayBuffer(2 ** 30));
  attempt("2 GB SharedArrayBuffer", () => new SharedArrayBuffer(2 * 2 ** 30));
  attempt("WebAssembly.Memory 4 GB", () => new (globalThis as any).WebAssembly.Memory({ initial: 65535 }).buffer);
  throw new Error(`arraybuffer-4gb: ${outcome.join("; ")}`);
}
