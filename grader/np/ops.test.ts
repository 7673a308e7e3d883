import { inTypeScriptWords } from "./errors";
import { describe, expect, it } from "vitest";
import * as np from "./index";
import { NDArray } from "./ndarray";
import { closeEnough, decode, ops, type OpCase, toNDArray } from "./test-reference";

/** Calls the #np counterpart of a numpy call recorded by scripts/reference/numpy_ops.py. */
function run(c: OpCase): unknown {
  const args = c.args.map(decode);
  const extra = c.kwargs ? [c.kwargs] : [];
  switch (c.fn) {
    case "NDArray.reshape":
      return (args[0] as NDArray).reshape(args[1] as number[]);
    case "NDArray.T":
      return (args[0] as NDArray).T;
    case "NDArray.tolist":
      return (args[0] as NDArray).tolist();
    case "NDArray.item":
      return (args[0] as NDArray).item(...(args[1] as number[]));
    default: {
      const fn = (np as unknown as Record<string, (...a: unknown[]) => unknown>)[c.fn];
      if (typeof fn !== "function") throw new Error(`#np has no function ${c.fn}`);
      return fn(...args, ...extra);
    }
  }
}

function checkResult(c: OpCase, got: unknown): void {
  const want = c.expect!;
  if (typeof want === "object" && "ref" in want) {
    const w = toNDArray(ops.arrays[want.ref]);
    expect(got).toBeInstanceOf(NDArray);
    const g = got as NDArray;
    expect(g.shape).toEqual(w.shape);
    const bad = [...w.data].findIndex((v, i) => !closeEnough(g.data[i], v, c.tol));
    if (bad >= 0) {
      expect.fail(`element ${bad}: got ${g.data[bad]}, numpy ${w.data[bad]} (tolerance ${JSON.stringify(c.tol)})`);
    }
  } else {
    expect(got).toEqual(decode(want));
  }
}

const byFn = new Map<string, OpCase[]>();
for (const c of ops.cases) byFn.set(c.fn, [...(byFn.get(c.fn) ?? []), c]);

describe(`#np against numpy ${ops.numpy}`, () => {
  for (const [fn, cases] of byFn) {
    describe(fn, () => {
      for (const c of cases) {
        if (c.error) {
          const err = c.error;
          it(`throws numpy's ${err.name} text for ${c.name}`, () => {
            let thrown: unknown;
            try {
              run(c);
            } catch (e) {
              thrown = e;
            }
            expect(thrown, "expected an error").toBeInstanceOf(Error);
            // Where numpy speaks of Python, #np keeps the meaning in TypeScript's words (errors.ts).
            const ours = inTypeScriptWords[err.message];
            if (ours) expect((thrown as Error).message.startsWith(`${ours}; `)).toBe(true);
            else expect((thrown as Error).message).toBe(err.message);
            expect((thrown as Error).name).toBe(err.name);
          });
        } else {
          it(`gives numpy's result for ${c.name}`, () => checkResult(c, run(c)));
        }
      }
    });
  }
});
