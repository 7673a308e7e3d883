import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExercises } from "../course/exercises";
import { paths } from "../paths";
import { affectedBy } from "./affected";
import { startWatch, type WatchEvent } from "./watch";

const exercises = loadExercises();

describe("affectedBy", () => {
  it("regrades a saved function and every function that calls it", () => {
    expect(affectedBy("linear_forward.ts", exercises)).toEqual(["linear_forward", "linear_activation_forward", "L_model_forward", "two_layer_model", "L_layer_model"]);
    expect(affectedBy("compute_cost.ts", exercises)).toEqual(["compute_cost", "two_layer_model", "L_layer_model"]);
  });

  it("ignores the student's dnn_utils and dnn_app_utils (the grader's are used) and files that are not TypeScript", () => {
    expect(affectedBy("dnn_utils.ts", exercises)).toEqual([]);
    expect(affectedBy("dnn_app_utils.ts", exercises)).toEqual([]);
    expect(affectedBy("notes.md", exercises)).toEqual([]);
  });

  it("ignores the temporary files editors write while saving", () => {
    const temporary = [".linear_forward.ts.swp", "linear_forward.ts~", ".#linear_forward.ts", "#linear_forward.ts#", "4913", "linear_forward.ts.tmp", "linear_forward.ts___jb_tmp___", "linear_forward.ts___jb_old___"];
    for (const file of temporary) expect(affectedBy(file, exercises), file).toEqual([]);
    expect(affectedBy("linear_forward.ts", exercises)).toContain("linear_forward");
  });

  it("regrades everything when a helper module of the student's changes", () => {
    expect(affectedBy("my_helpers.ts", exercises)).toHaveLength(exercises.length);
  });
});

describe("watch mode", () => {
  it("regrades only what a save affects and merges it into the last results", async () => {
    const dir = mkdtempSync(join(tmpdir(), "watch-"));
    cpSync(paths.solutions, dir, { recursive: true });
    const events: WatchEvent[] = [];
    let next: (() => void) | undefined;
    const stop = await startWatch({ submissionDir: dir }, (e) => {
      events.push(e);
      next?.();
    });
    try {
      expect(events[0].results.score).toBe(120);
      const regraded = new Promise<void>((resolve) => (next = resolve));
      // A real mistake saved into linear_backward.ts: dW without 1/m.
      writeFileSync(join(dir, ".#linear_backward.ts"), "user@host.1234:1700000000");
      const file = join(dir, "linear_backward.ts");
      writeFileSync(file, readFileSync(file, "utf8").replace(/np\.divide\(np\.dot\(dZ, A_prev\.T\), m\)|np\.multiply\(1 \/ m, np\.dot\(dZ, A_prev\.T\)\)/, "np.dot(dZ, A_prev.T)"));
      await regraded;
      const last = events.at(-1)!;
      expect(last.changed).toBe("linear_backward.ts");
      // An editor's lock file written before the save regrades nothing and is never named.
      expect(events.some((e) => e.changed?.includes("#"))).toBe(false);
      expect(last.regraded).toEqual(["linear_backward", "linear_activation_backward", "L_model_backward", "two_layer_model", "L_layer_model"]);
      expect(last.results.exercises.find((e) => e.name === "linear_backward")!.status).toBe("fail");
      expect(last.results.exercises.find((e) => e.name === "linear_forward")!.status).toBe("pass");
      expect(last.results.score).toBe(110);
    } finally {
      stop();
    }
  });
});
