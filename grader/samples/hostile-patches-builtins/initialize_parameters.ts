// Goes after what the harness talks to the grader with instead of the maths: JSON.stringify,
// Buffer.from and Buffer.concat, process.emit, and a Symbol.iterator trap, then returns the right
// answer. Its own reply must still arrive (the harness captured what it uses before any student
// code ran), and the functions graded after it must be graded, in a fresh process, and pass.
import * as np from "#np";
import type { Parameters } from "./dnn_utils";

type Listener = (...args: unknown[]) => void;

export function initialize_parameters(n_x: number, n_h: number, n_y: number): Parameters {
  np.random.seed(1);
  // YOUR CODE STARTS HERE
  const W1 = np.multiply(np.random.randn(n_h, n_x), 0.01);
  const b1 = np.zeros([n_h, 1]);
  const W2 = np.multiply(np.random.randn(n_y, n_h), 0.01);
  const b2 = np.zeros([n_y, 1]);
  // What the harness writes its replies with, and how the process emits events.
  JSON.stringify = () => '{"t":"case","value":{"type":"number","value":100}}';
  Buffer.from = (() => Buffer.alloc(0)) as unknown as typeof Buffer.from;
  Buffer.concat = () => Buffer.alloc(0);
  const emit = process.emit.bind(process);
  process.emit = ((event: string, ...args: unknown[]) => emit(event as "exit", ...(args as [number]))) as typeof process.emit;
  const iterator = Object.getPrototypeOf([][Symbol.iterator]()) as { next: () => unknown };
  iterator.next = () => ({ done: true, value: undefined });
  // YOUR CODE ENDS HERE
  return { W1, b1, W2, b2 };
}
