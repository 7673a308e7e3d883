import { describe, expect, it } from "vitest";
import { libmLog } from "./libm-log";
import { bitsOfDouble, doubleFromBits, readFloat64Gz, reference } from "./test-reference";

describe("libmLog", () => {
  it("is bit-identical to glibc's log on 200,000 committed inputs in (0, 1]", () => {
    const pairs = readFloat64Gz("log-unit-interval.f64.gz"); // x0, log(x0), x1, log(x1), ...
    const count = pairs.length / 2;
    let mismatches = 0;
    let mathLogMismatches = 0;
    for (let i = 0; i < pairs.length; i += 2) {
      if (libmLog(pairs[i]) !== pairs[i + 1]) mismatches++;
      if (Math.log(pairs[i]) !== pairs[i + 1]) mathLogMismatches++;
    }
    console.log(
      `log on ${count} inputs in (0, 1]: ${count - mismatches} bit-identical to glibc ` +
        `(JavaScript's Math.log: ${count - mathLogMismatches}; numpy's AVX-512 np.log: ` +
        `${count - reference.npLogDiffersFromLibmOnSample})`,
    );
    expect(count).toBe(200_000);
    expect(mismatches).toBe(0);
  });

  it("reproduces glibc where glibc's log is not correctly rounded, on both of its paths", () => {
    const hard = reference.logCases.filter((c) => c.why.startsWith("glibc not correctly rounded"));
    expect(hard.filter((c) => c.why.includes("near one")).length).toBeGreaterThanOrEqual(100);
    expect(hard.filter((c) => c.why.includes("table")).length).toBeGreaterThanOrEqual(100);
    for (const c of hard) expect(bitsOfDouble(libmLog(doubleFromBits(c.x))), c.why).toBe(c.log);
  });

  it("matches glibc on special values: zeros, one, subnormals, infinities, path boundaries", () => {
    const special = reference.logCases.filter((c) => !c.why.startsWith("glibc not correctly rounded"));
    expect(special.length).toBeGreaterThan(20);
    for (const c of special) {
      const got = libmLog(doubleFromBits(c.x));
      const want = doubleFromBits(c.log);
      // glibc returns the x86 default NaN (sign bit set); JavaScript does not expose NaN payloads.
      if (Number.isNaN(want)) expect(got, c.why).toBeNaN();
      else expect(bitsOfDouble(got), c.why).toBe(c.log);
    }
  });

  it("returns +0 for 1 and -Infinity for both zeros", () => {
    expect(Object.is(libmLog(1), 0)).toBe(true);
    expect(libmLog(0)).toBe(-Infinity);
    expect(libmLog(-0)).toBe(-Infinity);
    expect(libmLog(-1e-300)).toBeNaN();
  });
});
