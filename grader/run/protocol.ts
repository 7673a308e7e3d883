/**
 * Messages between the grader (parent) and a sandboxed child, as frames (run/frames.ts). Parent ->
 * child messages are trusted; child -> parent messages may be forged by student code, so the
 * parent validates each against `childMessageSchema` and derives verdicts only from the raw values
 * inside. Nothing the parent sends is secret: code, inputs and bounds, never an expected value.
 */
import type { WireValue } from "../values/wire";

/** Where a job's module comes from: its own code, or a member of a package (code sent once per child). */
export interface ModuleSource {
  code?: string;
  package?: string;
  member?: string;
}

export type ParentMessage =
  /**
   * Load `key` (unless this child has) and call `exportName` on each case in turn, each call within
   * `timeoutMs` (the child's own watchdog), its returned value bounded to `bound` numbers.
   */
  | { t: "run"; id: number; key: string; source: ModuleSource; exportName: string; cases: WireValue[][]; bounds: number[]; timeoutMs: number }
  /** The answer to a "callee" request: what the reference version returned, or the error it threw. */
  | { t: "callee-result"; id: number; value?: WireValue; error?: { name: string; message: string } }
  /** V8's code cache of the harness, as compiled so far (asked only of a child that ran trusted code). */
  | { t: "cache"; id: number };

export interface ThrownError {
  name: string;
  message: string;
  stack: string;
  /** Node's error code, e.g. ERR_ACCESS_DENIED when the sandbox refused a file, a process or a worker. */
  code?: string;
  /** What was thrown when it is not an Error: "a string", "an object", "null", ... */
  nonError?: string;
  /** The error came from reading the returned value (a getter or a Proxy of the student's), not from the call. */
  readingResult?: boolean;
}

export type ChildMessage =
  /** The module loaded (or not): sent once per run that loads. */
  | { t: "loaded"; id: number; ok: boolean; problem?: "threw" | "missing-export" | "timeout"; error?: ThrownError; output: string }
  /** Case `index` of the run: its value or error, which arguments it changed, what it printed, how long it took. */
  | { t: "case"; id: number; index: number; value?: WireValue; error?: ThrownError; timedOut?: boolean; mutatedArgs: number[]; output: string; ms: number }
  /** Every case answered (or the load failed), and what the function changed of the built-ins meanwhile. */
  | { t: "done"; id: number; tampered: string[] }
  /** What the running code printed, as it prints: kept if the child dies before the case's reply. */
  | { t: "out"; id: number; text: string }
  /** Student code called a graded function the grader answers with its reference version. */
  | { t: "callee"; id: number; name: string; args: WireValue[] }
  /** The harness's code cache, base64. */
  | { t: "cache"; id: number; data: string };

/** The global (a Symbol.for key) through which student modules call reference versions: see "callee". */
export const CALLEE_GLOBAL = "dnn-grader.callee";

/** What a "callee" may carry: far above any course shape, far below what would stall the grader. */
export const MAX_CALLEE_NUMBERS = 200_000;

const wireNumber = { anyOf: [{ type: "number" }, { enum: ["NaN", "Infinity", "-Infinity"] }] };
const text = (maxLength: number) => ({ type: "string", maxLength });
const thrownError = {
  type: "object",
  required: ["name", "message", "stack"],
  additionalProperties: false,
  properties: {
    name: text(200),
    message: text(10_000),
    stack: text(50_000),
    code: text(100),
    nonError: text(100),
    readingResult: { type: "boolean" },
  },
};
const common = { t: { type: "string" }, id: { type: "integer" }, output: text(20_000) };

export const childMessageSchema = {
  $id: "https://dnn-grader.local/schemas/child-message-2.json",
  definitions: {
    value: {
      type: "object",
      required: ["type"],
      properties: { type: { enum: ["ndarray", "number", "string", "boolean", "sequence", "mapping", "none", "other"] } },
      allOf: [
        { if: { properties: { type: { const: "ndarray" } } }, then: { required: ["shape", "data"], properties: { shape: { type: "array", maxItems: 32, items: { type: "integer", minimum: 0 } }, data: { type: "array", items: wireNumber } } } },
        { if: { properties: { type: { const: "number" } } }, then: { required: ["value"], properties: { value: wireNumber } } },
        { if: { properties: { type: { const: "string" } } }, then: { required: ["value"], properties: { value: text(10_000) } } },
        { if: { properties: { type: { const: "boolean" } } }, then: { required: ["value"], properties: { value: { type: "boolean" } } } },
        { if: { properties: { type: { const: "sequence" } } }, then: { required: ["items"], properties: { items: { type: "array", maxItems: 10_000, items: { $ref: "#/definitions/value" } } } } },
        { if: { properties: { type: { const: "mapping" } } }, then: { required: ["entries"], properties: { entries: { type: "array", maxItems: 10_000, items: { type: "array", minItems: 2, maxItems: 2, items: [text(200), { $ref: "#/definitions/value" }] } } } } },
        { if: { properties: { type: { const: "none" } } }, then: { required: ["value"], properties: { value: { enum: ["null", "undefined"] } } } },
        { if: { properties: { type: { const: "other" } } }, then: { required: ["description"], properties: { description: text(1000) } } },
      ],
    },
  },
  type: "object",
  required: ["t", "id"],
  properties: { t: { enum: ["loaded", "case", "done", "out", "callee", "cache"] } },
  allOf: [
    { if: { properties: { t: { const: "loaded" } } }, then: { required: ["ok", "output"], additionalProperties: false, properties: { ...common, ok: { type: "boolean" }, problem: { enum: ["threw", "missing-export", "timeout"] }, error: thrownError } } },
    {
      if: { properties: { t: { const: "case" } } },
      then: {
        required: ["index", "mutatedArgs", "output", "ms"],
        additionalProperties: false,
        properties: {
          ...common,
          index: { type: "integer", minimum: 0 },
          value: { $ref: "#/definitions/value" },
          error: thrownError,
          timedOut: { type: "boolean" },
          mutatedArgs: { type: "array", maxItems: 100, items: { type: "integer" } },
          ms: { type: "number", minimum: 0 },
        },
      },
    },
    { if: { properties: { t: { const: "done" } } }, then: { required: ["tampered"], additionalProperties: false, properties: { t: true, id: true, tampered: { type: "array", maxItems: 20, items: text(200) } } } },
    { if: { properties: { t: { const: "out" } } }, then: { required: ["text"], additionalProperties: false, properties: { t: true, id: true, text: text(20_000) } } },
    { if: { properties: { t: { const: "cache" } } }, then: { required: ["data"], additionalProperties: false, properties: { t: true, id: true, data: text(16_000_000) } } },
    { if: { properties: { t: { const: "callee" } } }, then: { required: ["name", "args"], additionalProperties: false, properties: { t: true, id: true, name: text(100), args: { type: "array", maxItems: 10, items: { $ref: "#/definitions/value" } } } } },
  ],
} as const;

/** How stack traces from the child name a module; the grader maps `token:line:col` back to the source. */
export function bundleToken(key: string): string {
  return `grader-bundle:${key}`;
}
