// State shared between students: looks for a stash an earlier student left on globalThis, on
// Object.prototype, on the np runtime or behind a registered symbol (BREACH if one is there and is
// not ours), then leaves its own, with the inputs it was called with, for the next student.
import * as np from "#np";

const g: any = globalThis;
const ME = "STASH-MARKER-@@STUDENT@@";
const KEY = Symbol.for("dnn-attack.stash");
const places = (): [string, any][] => [
  ["globalThis", g],
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Math", Math],
  ["np runtime", g[Symbol.for("dnn-grader.np")] ?? {}],
];

function look(): string[] {
  const found: string[] = [];
  for (const [name, place] of places()) {
    for (const key of [KEY, "__dnnStash"]) {
      try {
        const value = place[key];
        if (value !== undefined && value !== ME && !String(value).startsWith(`${ME}:`)) {
          found.push(`BREACH: ${name}[${String(key)}] = ${String(value).slice(0, 60)}`);
        }
      } catch {
        // a getter that throws
      }
    }
  }
  return found;
}

function stash(detail: string): void {
  for (const [, place] of places()) {
    try {
      Object.defineProperty(place, KEY, { value: `${ME}:${detail}`, configurable: true, writable: true });
      Object.defineProperty(place, "__dnnStash", { value: `${ME}:${detail}`, configurable: true, writable: true });
    } catch {
      // frozen
    }
  }
}

const atLoad = look();
stash("load");

export function linear_forward(A: any, W: any, b: any): any {
  const atCall = look();
  stash(`inputs ${JSON.stringify(np.sum(A))}`);
  throw new Error(`stash-on-globals: ${[...atLoad, ...atCall].join("; ") || "no earlier stash found"}; stashed ${ME}`);
}
