/**
 * `--shard i/n`: which students this run grades. A student's shard is decided by a hash of the id
 * alone, so shards stay disjoint and cover the class whatever order the folder lists, and a student
 * added later does not move anyone else to another shard (their journals stay valid).
 */
import { createHash } from "node:crypto";
import { GraderError } from "../errors";

export interface Shard {
  /** 1-based, as in `--shard 2/4`. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!(count >= 1 && index >= 1 && index <= count)) {
    throw new GraderError("usage", `--shard must be i/n with 1 <= i <= n, e.g. --shard 2/4 (got "${text}")`);
  }
  return { index, count };
}

export function inShard(id: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  return createHash("sha256").update(id).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}
