import { describe, expect, it } from "vitest";
import { LegacyGauss } from "./gauss";
import { MT19937 } from "./mt19937";

describe("LegacyGauss", () => {
  it("returns f * x2 first and the cached f * x1 second, drawing uniforms only for the first", () => {
    const bits = new MT19937(1);
    const gauss = new LegacyGauss();
    const first = gauss.next(bits);
    const probe = new MT19937(1);
    let used = 0;
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2 * probe.nextDouble() - 1;
      x2 = 2 * probe.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
      used += 2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * Math.log(r2)) / r2); // close enough to check the pairing
    expect(first).toBeCloseTo(f * x2, 12);
    const stateAfterFirst = new MT19937(1);
    for (let i = 0; i < used; i++) stateAfterFirst.nextDouble();
    expect(gauss.next(bits)).toBeCloseTo(f * x1, 12);
    expect(bits.next32()).toBe(stateAfterFirst.next32()); // the cached value drew nothing
  });

  it("draws a fresh pair after clear instead of returning the cached value", () => {
    const gauss = new LegacyGauss();
    const a = gauss.next(new MT19937(1));
    gauss.clear();
    expect(gauss.next(new MT19937(1))).toBe(a);
  });

  it("gives numpy's first two standard normals for seed 1", () => {
    const bits = new MT19937(1);
    const gauss = new LegacyGauss();
    expect([gauss.next(bits), gauss.next(bits)]).toEqual([1.6243453636632417, -0.6117564136500754]);
  });
});
