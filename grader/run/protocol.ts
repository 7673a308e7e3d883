/**
 * Messages between the grader and a sandboxed child, as frames (run/frames.ts). The child's may be
 * forged by student code: the grader validates each against `childMessageSchema` and derives
 * verdicts only from the raw values inside. What it sends is no secret: code, inputs and bounds.
 */
import type { WireValue } from "../values/wire";

/** Where a job's module comes from: its own code, or a member of a package (code sent once per child). */
export type ModuleSource = { code?: string; package?: string; member?: string };

export type ParentMessage =
  /** Load `key` (unless loaded) and call `exportName` on each case, within `timeoutMs` and `bounds` numbers. */
  | { t: "run"; id: number; key: string; source: ModuleSource; exportName: string; cases: WireValue[][]; bounds: number[]; timeoutMs: number }
  /** The answer to a "callee" request: what the reference version returned, or the error it threw. */
  | { t: "callee-result"; id: number; value?: WireValue; error?: { name: string; message: string } }
  /** V8's code cache of the harness, as compiled so far (asked only of a child that ran trusted code). */
  | { t: "cache"; id: number };

/** The global (a Symbol.for key) through which student modules call reference versions: see "callee". */
export const CALLEE_GLOBAL = "dnn-grader.callee";

/** What a "callee" may carry: far above any course shape, far below what would stall the grader. */
export const MAX_CALLEE_NUMBERS = 200_000;

/** What the child keeps of one step's printed output, its note of what it dropped aside. */
export const MAX_OUTPUT = 4000;

// The child's messages are declared once, as JSON Schema; their TypeScript types are derived from
// it (`Infer`), so what the grader validates and what it reads cannot drift apart.
const wireNumber = { anyOf: [{ type: "number" }, { enum: ["NaN", "Infinity", "-Infinity"] }] } as const;
const text = (maxLength: number) => ({ type: "string", maxLength }) as const;
const value = { $ref: "#/definitions/value" } as const;
const thrownError = {
  type: "object",
  required: ["name", "message", "stack"],
  additionalProperties: false,
  properties: {
    name: text(200),
    message: text(10_000),
    stack: text(50_000),
    /** Node's error code, e.g. ERR_ACCESS_DENIED when the sandbox refused a file, a process or a worker. */
    code: text(100),
    /** What was thrown when it is not an Error: "a string", "an object", "null", ... */
    nonError: text(100),
    /** The error came from reading the returned value (a getter or a Proxy of the student's), not from the call. */
    readingResult: { type: "boolean" },
  },
} as const;

/** Each message the child sends, by its `t`: its fields besides `t` and `id` (the request it answers). */
const childMessages = {
  /** The module loaded (or not): sent once per run that loads. */
  loaded: { required: ["ok"], properties: { ok: { type: "boolean" }, problem: { enum: ["threw", "missing-export", "timeout"] }, error: thrownError } },
  /** Case `index` of the run: its value or error, or that the watchdog stopped it; which arguments it changed. */
  case: {
    required: ["index", "mutatedArgs"],
    properties: { index: { type: "integer", minimum: 0 }, value, error: thrownError, timedOut: { type: "boolean" }, mutatedArgs: { type: "array", maxItems: 100, items: { type: "integer" } } },
  },
  /** Every case answered (or the load failed), and what the function changed of the built-ins meanwhile. */
  done: { required: ["tampered"], properties: { tampered: { type: "array", maxItems: 20, items: text(200) } } },
  /** What the running step printed, as it prints (what it printed before dying included). */
  out: { required: ["text"], properties: { text: text(20_000) } },
  /** Student code called a graded function the grader answers with its reference version. */
  callee: { required: ["name", "args"], properties: { name: text(100), args: { type: "array", maxItems: 10, items: value } } },
  /** The harness's code cache, base64. */
  cache: { required: ["data"], properties: { data: text(16_000_000) } },
} as const;

/** The TypeScript type of the values schema `S` accepts (for the few shapes used here). */
type Infer<S> =
  S extends { $ref: string } ? WireValue :
  S extends { enum: readonly (infer E)[] } ? E :
  S extends { type: "array"; items: infer I } ? Infer<I>[] :
  S extends { type: "object"; properties: infer P; required: readonly (infer R)[] } ? Fields<P, R> :
  S extends { type: "string" } ? string :
  S extends { type: "integer" | "number" } ? number :
  S extends { type: "boolean" } ? boolean : never;
type Fields<P, R> = { -readonly [K in keyof P as K extends R ? K : never]: Infer<P[K]> } & { -readonly [K in keyof P as K extends R ? never : K]?: Infer<P[K]> };
type Kinds = typeof childMessages;

export type ThrownError = Infer<typeof thrownError>;
export type ChildMessage = { [T in keyof Kinds]: { t: T; id: number } & Fields<Kinds[T]["properties"], Kinds[T]["required"][number]> }[keyof Kinds];

export const childMessageSchema = {
  $id: "https://dnn-grader.local/schemas/child-message-3.json",
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
        { if: { properties: { type: { const: "sequence" } } }, then: { required: ["items"], properties: { items: { type: "array", maxItems: 10_000, items: value } } } },
        { if: { properties: { type: { const: "mapping" } } }, then: { required: ["entries"], properties: { entries: { type: "array", maxItems: 10_000, items: { type: "array", minItems: 2, maxItems: 2, items: [text(200), value] } } } } },
        { if: { properties: { type: { const: "none" } } }, then: { required: ["value"], properties: { value: { enum: ["null", "undefined"] } } } },
        { if: { properties: { type: { const: "other" } } }, then: { required: ["description"], properties: { description: text(1000) } } },
      ],
    },
  },
  type: "object",
  required: ["t", "id"],
  properties: { t: { enum: Object.keys(childMessages) }, id: { type: "integer" } },
  allOf: Object.entries(childMessages).map(([t, m]) => ({
    if: { properties: { t: { const: t } } },
    then: { required: m.required, additionalProperties: false, properties: { t: true, id: true, ...m.properties } },
  })),
};

/** How stack traces from the child name a module; the grader maps `token:line:col` back to the source. */
export function bundleToken(key: string): string {
  return `grader-bundle:${key}`;
}
