import { describe, expect, it } from "vitest";
import { clock, lineSplitter, parseCostLine, progressBar, progressView } from "./progress";

describe("training progress", () => {
  it("reads the course's cost lines, and only them", () => {
    expect(parseCostLine("Cost after iteration 100: 0.6720534400822914")).toEqual({ iteration: 100, cost: 0.6720534400822914 });
    expect(parseCostLine("Cost after iteration 7: NaN")?.cost).toBeNaN();
    expect(parseCostLine("Cost after iteration 7: lots")).toBeUndefined();
    expect(parseCostLine("cost 0.5")).toBeUndefined();
  });

  it("joins the pieces a print arrives in into whole lines", () => {
    const lines: string[] = [];
    const feed = lineSplitter((l) => lines.push(l));
    feed("Cost after ite");
    feed("ration 0: 0.7\nCost after iteration 100: 0.6\nhal");
    expect(lines).toEqual(["Cost after iteration 0: 0.7", "Cost after iteration 100: 0.6"]);
  });

  it("draws a bar with the iteration, the cost and the time left", () => {
    expect(progressBar(1250, 2500, 0.31518, 65, 10)).toBe("[#####-----] 1250/2500  cost 0.3152  1m 05s left");
    expect(clock(9.6)).toBe("10s");
  });

  it("on a terminal keeps each printed line above a bar redrawn in place", () => {
    let shown = "";
    let t = 0;
    const view = progressView((s) => (shown += s), true, 1000, () => t);
    t = 10;
    view.line("Cost after iteration 99: 0.5");
    view.end();
    expect(shown).toBe("Cost after iteration 99: 0.5\n[###---------------------------] 100/1000  cost 0.5000  1m 30s left\r\x1b[2K");
  });

  it("counts the time left down between two cost lines", () => {
    let shown = "";
    let t = 0;
    const view = progressView((s) => (shown = s), true, 1000, () => t);
    t = 10;
    view.line("Cost after iteration 99: 0.5");
    t = 40;
    view.tick();
    expect(shown).toBe("[###---------------------------] 100/1000  cost 0.5000  1m 00s left");
  });

  it("elsewhere prints the lines alone, with no control characters", () => {
    let shown = "";
    const view = progressView((s) => (shown += s), false, 1000);
    view.line("Cost after iteration 0: 0.7");
    view.tick();
    view.end();
    expect(shown).toBe("Cost after iteration 0: 0.7\n");
  });
});
