import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mergeWhenReady } from "./merge";
import { checkShards } from "./merge-check";
import { secretFingerprint, writeSettings, type RunSettings } from "./run-settings";

const work = mkdtempSync(join(tmpdir(), "dnn-merge-check-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
function shard(index: number, count: number, changes: Partial<RunSettings> = {}): string {
  const dir = join(work, `out-${n++}`);
  mkdirSync(dir, { recursive: true });
  const settings: RunSettings = { format_version: 1, hidden: secretFingerprint("s"), grader: "0.1.0+abc", shard: { index, count }, run_id: "r1", finished: "2026-01-01T00:00:00Z" };
  writeSettings(dir, { ...settings, ...changes });
  return dir;
}

describe("checking shards before a merge", () => {
  it("accepts every shard i of n of one run", () => {
    const check = checkShards([shard(2, 2), shard(1, 2)], { runId: "r1" });
    expect(check.problems).toEqual([]);
    expect(check.present).toEqual([1, 2]);
  });

  it.each([
    ["course secret fingerprints", { hidden: secretFingerprint("other") }],
    ["grader versions", { grader: "0.1.0+def" }],
    ["shard counts", { shard: { index: 2, count: 3 } }],
    ["run ids", { run_id: "r2" }],
  ])("refuses shards that differ in their %s, even as a partial merge", (what, changes) => {
    const check = checkShards([shard(1, 2), shard(2, 2, changes)], { partial: true });
    expect(check.problems.join("\n")).toContain(what);
    expect(check.mayClear).toBe(false);
  });

  it("refuses a hidden-case setting that differs by having no secret", () => {
    expect(checkShards([shard(1, 2), shard(2, 2, { hidden: secretFingerprint(undefined) })]).problems.join()).toContain('"off"');
  });

  it("refuses an incomplete set, a shard given twice and an unfinished shard, and names them", () => {
    expect(checkShards([shard(1, 3), shard(3, 3)]).problems).toEqual([expect.stringContaining("shard 2 of 3 is missing")]);
    expect(checkShards([shard(1, 2), shard(1, 2), shard(2, 2)]).problems.join()).toContain("shard 1/2 is given twice");
    const unfinished = shard(2, 2, { finished: null });
    expect(checkShards([shard(1, 2), unfinished]).problems).toEqual([expect.stringContaining(`${unfinished} did not finish`)]);
  });

  it("merges a partial set only when told, naming what is missing", () => {
    const check = checkShards([shard(1, 3), join(work, "not-there")], { partial: true });
    expect(check.problems).toEqual([]);
    expect(check.missing).toEqual([2, 3]);
  });

  it("takes only the named run's shards: a previous run's output is refused, and waited for", async () => {
    const old = shard(2, 2, { run_id: "r0" });
    const check = checkShards([shard(1, 2), old], { runId: "r1" });
    expect(check.problems).toEqual([expect.stringContaining(`${old} was graded by run "r0", not "r1"`), expect.stringContaining("shard 2 of 2 is missing")]);
    expect(check.mayClear).toBe(true);
    let waits = 0;
    const merging = mergeWhenReady([shard(1, 2), old], join(work, "merged"), { runId: "r1", waitMs: 200, pollMs: 20, onWait: () => waits++ });
    await expect(merging).rejects.toThrow(/cannot merge these outputs/);
    expect(waits).toBeGreaterThan(2);
  });
});
