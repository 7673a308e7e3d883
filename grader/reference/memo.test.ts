import { describe, expect, it } from "vitest";
import * as np from "#np";
import { callKey } from "../values/call-key";
import type { Value } from "../values/value";
import { AnswerMemo, keepsThrown } from "./memo";
import { calleeServer } from "./references";

const array = (shape: number[], data: number[]): Value => ({ type: "ndarray", shape, data });
const num = (value: number): Value => ({ type: "number", value });

describe("callKey", () => {
  it("is the same for equal inputs and differs for any difference a function could see", () => {
    const base = callKey("f", [array([2, 1], [1, 2]), num(3)]);
    expect(callKey("f", [array([2, 1], [1, 2]), num(3)])).toBe(base);
    const others = [
      callKey("g", [array([2, 1], [1, 2]), num(3)]),
      callKey("f", [array([1, 2], [1, 2]), num(3)]),
      callKey("f", [array([2, 1], [2, 1]), num(3)]),
      callKey("f", [array([2, 1], [1, 2]), num(-3)]),
      callKey("f", [array([2, 1], [1, 2])]),
      callKey("f", [{ type: "sequence", items: [array([2, 1], [1, 2]), num(3)] }]),
      callKey("f", [array([2, 1], [1, 2]), { type: "string", value: "3" }]),
    ];
    for (const other of others) expect(other).not.toBe(base);
    expect(new Set(others).size).toBe(others.length);
  });

  it("tells -0 from 0 and NaN from Infinity (JSON would not)", () => {
    expect(callKey("f", [num(-0)])).not.toBe(callKey("f", [num(0)]));
    expect(callKey("f", [num(NaN)])).not.toBe(callKey("f", [num(Infinity)]));
    expect(callKey("f", [array([1], [-0])])).not.toBe(callKey("f", [array([1], [0])]));
  });

  it("cannot be made equal by moving numbers between arrays or text between keys", () => {
    expect(callKey("f", [array([1], [1]), array([2], [2, 3])])).not.toBe(callKey("f", [array([2], [1, 2]), array([1], [3])]));
    const mapping = (entries: [string, Value][]): Value => ({ type: "mapping", entries });
    expect(callKey("f", [mapping([["a", { type: "string", value: "b:c" }]])])).not.toBe(callKey("f", [mapping([["a:b", { type: "string", value: "c" }]])]));
  });
});

describe("AnswerMemo", () => {
  it("drops the least recently used answers beyond its capacity, and never keeps a large one", () => {
    const memo = new AnswerMemo<string>(10_000);
    for (let i = 0; i < 10; i++) memo.set(`k${i}`, `A${i}`, 900); // ~965 each: all ten fit
    expect(memo.size).toBe(10);
    expect(memo.get("k0")).toBe("A0"); // now the most recently used
    memo.set("k10", "A10", 900); // over the capacity: the least recently used, k1, goes
    expect(memo.size).toBe(10);
    expect(memo.get("k1")).toBeUndefined();
    expect(memo.get("k0")).toBe("A0");
    expect(memo.get("k10")).toBe("A10");
    memo.set("big", "X", 1000); // more than a tenth of the capacity
    expect(memo.get("big")).toBeUndefined();
  });

  it("keeps throws, but not a stack overflow", () => {
    expect(keepsThrown(new Error("shapes (2,3) and (4,1) not aligned"))).toBe(true);
    expect(keepsThrown(new RangeError("Maximum call stack size exceeded"))).toBe(false);
  });
});

describe("calleeServer", () => {
  it("computes a reference once per exact inputs, for any student, and every throw again", async () => {
    const calls: unknown[] = [];
    const references = {
      double: (x: unknown) => {
        calls.push(x);
        return np.multiply(x as np.NDArray, 2);
      },
      fails: (x: unknown) => {
        calls.push(x);
        throw new Error("no");
      },
    };
    const first = calleeServer(references);
    const second = calleeServer(references); // the next student's server
    const x = [array([2], [1, 2])];
    const answer = await first("double", x);
    expect(answer).toEqual({ value: array([2], [2, 4]) });
    expect(await second("double", [array([2], [1, 2])])).toEqual(answer);
    expect(calls).toHaveLength(1);
    expect(await second("double", [array([2], [1, -0])])).toEqual({ value: array([2], [2, -0]) });
    expect(calls).toHaveLength(2);
    await first("fails", x);
    await second("fails", x);
    expect(calls).toHaveLength(4);
    // Another set of references (another copy of the course) shares nothing.
    calleeServer({ double: references.double })("double", x);
    expect(calls).toHaveLength(5);
  });
});
