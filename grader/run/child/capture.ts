/**
 * Captures what student code prints (console.*, process.stdout/stderr.write) for the running step,
 * bounded so a print loop cannot flood the grader, and hands each kept piece to a listener as it is
 * printed: the grader's only source of output, so what a function printed before it crashed reaches
 * it too. process.stdout and process.stderr are plain objects, set before anything touches them
 * (Node's own would open fd 1, the channel to the grader, as a non-blocking pipe). It runs while
 * student code runs, so it uses only intrinsics captured at load.
 */
import { EventEmitter } from "node:events";
import { MAX_OUTPUT } from "../protocol";
import { bufferToString, defineProperty, sliceString, StringOf } from "./safe";

const bufferFrom = Buffer.from;
const Uint8ArrayOf = Uint8Array;

let kept = 0;
let dropped = 0;
let listener: ((text: string) => void) | undefined;

function textOf(chunk: unknown): string {
  try {
    if (typeof chunk === "string") return chunk;
    // Buffers are Uint8Arrays too.
    if (chunk instanceof Uint8ArrayOf) return bufferToString(bufferFrom(chunk.buffer, chunk.byteOffset, chunk.byteLength), "utf8");
    return StringOf(chunk);
  } catch {
    return "[something that could not be printed]";
  }
}

function write(chunk: unknown, ...rest: unknown[]): boolean {
  const text = textOf(chunk);
  const room = MAX_OUTPUT - kept;
  const piece = room >= text.length ? text : sliceString(text, 0, room);
  kept += piece.length;
  dropped += text.length - piece.length;
  if (piece && listener) listener(piece);
  // Node's write(chunk, encoding?, callback?): the callback, when there is one, comes last.
  const callback = rest[rest.length - 1];
  if (typeof callback === "function") callback();
  return true;
}

function fakeStream(fd: number): EventEmitter {
  const stream = new EventEmitter();
  defineProperty(stream, "write", { value: write, writable: true, configurable: true });
  defineProperty(stream, "fd", { value: fd });
  defineProperty(stream, "isTTY", { value: false });
  return stream;
}

/** Replaces process.stdout and process.stderr (before anything read them) with captured streams. */
export function installCapture(onText: (text: string) => void): void {
  listener = onText;
  defineProperty(process, "stdout", { value: fakeStream(1), configurable: true, writable: true });
  defineProperty(process, "stderr", { value: fakeStream(2), configurable: true, writable: true });
}

export function startCapture(): void {
  kept = 0;
  dropped = 0;
}

/** Ends a step's output with a note of what it dropped, if it dropped any. */
export function stopCapture(): void {
  if (dropped > 0 && listener) listener(`\n[output truncated: ${dropped} more characters]`);
}
