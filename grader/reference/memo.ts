/**
 * What trusted code (a reference version, a catalogued variant) gave on given inputs, kept for the
 * life of the grader process: in bulk grading every correct student's Part 2 model makes the same
 * ~50 calls of reference versions on the public case, and every student whose function fails the
 * same public case has the same catalogued variants run on the same inputs. The code is
 * deterministic (whatever draws random numbers seeds np.random first, on every call), so a kept
 * answer is the one it would compute again. Keys are the exact inputs (values/call-key.ts).
 *
 * Bounded by how many numbers the kept answers hold, the least recently used dropped first: the
 * public case's answers are used by every few students and stay; a student's hidden cases, drawn
 * from a seed of their own, are never asked again and go.
 *
 * A student learns nothing from it they could not compute: a kept answer is the reference's on the
 * very inputs they sent. Filling it with other inputs only evicts answers (others wait a little
 * longer); a key cannot be made to match other inputs (it is the inputs themselves).
 */
import { numbersIn } from "../values/wire";
import type { Value } from "../values/value";

interface Kept<T> {
  answer: T;
  size: number;
}

/** A kept answer's size: its numbers, its key (8 characters a number), plus a little for the entry itself. */
const ENTRY_OVERHEAD = 64;

export class AnswerMemo<T> {
  private readonly kept = new Map<string, Kept<T>>();
  private held = 0;

  /** `capacity`: numbers (answers' and keys', and entry overheads) kept at most; one answer larger than a tenth of it is not kept. */
  constructor(private readonly capacity: number) {}

  get(key: string): T | undefined {
    const kept = this.kept.get(key);
    if (!kept) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.kept.delete(key);
    this.kept.set(key, kept);
    return kept.answer;
  }

  set(key: string, answer: T, numbers: number): void {
    const size = numbers + Math.ceil(key.length / 8) + ENTRY_OVERHEAD;
    if (size > this.capacity / 10 || this.kept.has(key)) return;
    this.kept.set(key, { answer, size });
    this.held += size;
    for (const [oldest, entry] of this.kept) {
      if (this.held <= this.capacity) break;
      this.kept.delete(oldest);
      this.held -= entry.size;
    }
  }

  /** How many answers are kept (for tests). */
  get size(): number {
    return this.kept.size;
  }
}

/** The numbers a kept value holds, for AnswerMemo's bound. */
export function sizeOf(value: Value | undefined): number {
  return value ? numbersIn(value) : 0;
}

/**
 * Whether a throw may be kept: a stack overflow depends on how deep the call started, not only on
 * the inputs, so it is computed again.
 */
export function keepsThrown(error: unknown): boolean {
  return !(error instanceof RangeError && /call stack/i.test(error.message));
}
