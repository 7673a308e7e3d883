/**
 * Each student's hidden cases come from a seed derived from the student id and the course secret:
 * a keyed hash, so students cannot work out one another's seed (nor their own before grading) without
 * the secret, and the teacher can name the seed in a report for an exact replay.
 */
import { createHash, createHmac } from "node:crypto";

/** A seed for np.random.seed: a whole number in [0, 2**32). */
export function hiddenSeed(secret: string, studentId: string): number {
  return createHmac("sha256", secret).update(`dnn-grader hidden cases\0${studentId}`).digest().readUInt32BE(0);
}

/** Each function's own stream, so grading a subset of the functions (`--only`) draws the same cases. */
export function functionSeed(seed: number, functionName: string): number {
  return createHash("sha256").update(`${seed}\0${functionName}`).digest().readUInt32BE(0);
}
