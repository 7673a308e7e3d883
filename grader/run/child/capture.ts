/**
 * Captures what student code prints (console.* and direct writes to stdout/stderr) for the case
 * being run, bounded so a print loop cannot flood the grader. Outside a case, writes pass through.
 * Each captured piece is also handed to a listener as it is printed, so what a function printed
 * before it looped forever or crashed the process still reaches the grader.
 *
 * It runs while student code runs, so it uses only intrinsics captured when it loads.
 */
const LIMIT = 4000;
const uncurry = <T extends (...args: never[]) => unknown>(f: T) => Function.prototype.call.bind(f) as (self: unknown, ...args: Parameters<T>) => ReturnType<T>;
const sliceString = uncurry(String.prototype.slice);
const bufferToString = uncurry(Buffer.prototype.toString);
const isBuffer = Buffer.isBuffer;
const bufferFrom = Buffer.from;
const isUint8Array = (x: unknown): x is Uint8Array => x instanceof Uint8Array;
const StringOf = String;
const apply = Reflect.apply;
const max = Math.max;
const originalStdout = process.stdout.write.bind(process.stdout);
const originalStderr = process.stderr.write.bind(process.stderr);

let buffer: string | undefined;
let dropped = 0;
let listener: ((text: string) => void) | undefined;
let rewrite: ((text: string) => string) | undefined;

function textOf(chunk: unknown): string {
  try {
    if (typeof chunk === "string") return chunk;
    if (isBuffer(chunk)) return bufferToString(chunk, "utf8");
    if (isUint8Array(chunk)) return bufferToString(bufferFrom(chunk.buffer, chunk.byteOffset, chunk.byteLength), "utf8");
    return StringOf(chunk);
  } catch {
    return "[something that could not be printed]";
  }
}

function capturing(original: typeof originalStdout): typeof originalStdout {
  return function write(chunk: unknown) {
    // eslint-disable-next-line prefer-rest-params
    const args = arguments;
    if (buffer === undefined) return apply(original as (...a: unknown[]) => boolean, undefined, args);
    const text = rewrite ? rewrite(textOf(chunk)) : textOf(chunk);
    const room = max(0, LIMIT - buffer.length);
    const kept = room >= text.length ? text : sliceString(text, 0, room);
    buffer += kept;
    dropped += text.length - kept.length;
    if (kept && listener) listener(kept);
    for (let i = 1; i < args.length; i++) {
      if (typeof args[i] === "function") {
        (args[i] as () => void)();
        break;
      }
    }
    return true;
  } as typeof originalStdout;
}

process.stdout.write = capturing(originalStdout);
process.stderr.write = capturing(originalStderr);

/** Applied to each captured piece before it is kept (the harness names bundles there). */
export function rewriteOutput(f: ((text: string) => string) | undefined): void {
  rewrite = f;
}

/** Called with each captured piece of output, as it is printed. */
export function onOutput(f: ((text: string) => void) | undefined): void {
  listener = f;
}

export function startCapture(): void {
  buffer = "";
  dropped = 0;
}

export function stopCapture(): string {
  const text = (buffer ?? "") + (dropped > 0 ? `\n[output truncated: ${dropped} more characters]` : "");
  buffer = undefined;
  return text;
}
