/**
 * Messages between the grader (parent) and the sandboxed child. Parent -> child messages are
 * trusted; child -> parent messages may be forged by student code, so the parent validates each one
 * against `childMessageSchema` and only ever derives verdicts from the raw values inside.
 */
import type { WireValue } from "../values/wire";

/**
 * `clean`: other student code has run in this child, so the child must refuse ("dirty") if anything
 * changed since its last report, e.g. from a timer or a promise callback that ran after a function
 * returned. The parent then replaces the child and asks again.
 */
export type ParentMessage =
  | { type: "boot"; harness: string }
  /**
   * Loads `code` as a module; or, with `package` and `member`, runs that member of a package (code
   * is then the package's, sent only if the child has not imported it yet).
   */
  | { type: "load"; id: number; key: string; code?: string; package?: string; member?: string; exportName: string; clean: boolean }
  | { type: "call"; id: number; key: string; exportName: string; args: WireValue[]; clean: boolean }
  /**
   * Jobs in turn, each calling a function on each case's arguments, after loading it as "load" would
   * if `load` is given; answered by one "ran". `stopAt`: answer before that step (see StepAt);
   * `reseed`: first start np.random again as a fresh child has it.
   */
  | { type: "run"; id: number; jobs: RunJob[]; clean: boolean; stopAt?: StepAt; reseed?: boolean };

/** A step of a "run": job `job`'s load (step -1) or its case number `step`. */
export interface StepAt {
  job: number;
  step: number;
}

export interface RunJob {
  key: string;
  exportName: string;
  cases: WireValue[][];
  load?: { code?: string; package?: string; member?: string };
}

/**
 * The child's progress record: a file open for writing only, shared with the parent, which the
 * child overwrites at the start of each step of a "run" with "id:job:step:time" (the request's id,
 * the step as StepAt, and when it started, in milliseconds since the epoch), padded with spaces to
 * PROGRESS_RECORD_BYTES. The parent reads it only when a time limit is up: each step has its own
 * limit from its start, and the step that was running when the child was stopped is known.
 */
export const PROGRESS_FD = 4;
export const PROGRESS_RECORD_BYTES = 80;

/** What a package (run/package.ts) exports: its members' loaders, by context name. */
export const PACKAGE_EXPORT = "members";

/** The child's exit code after student code closed the IPC channel (process.disconnect()). */
export const CHANNEL_CLOSED_EXIT = 86;

/** How stack traces from the child name a bundle; the parent maps `token:line:col` back to source. */
export function bundleToken(key: string): string {
  return `grader-bundle:${key}`;
}

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

/** How loading a module went (no case runs if it failed). */
export type LoadedModule = { ok: true; output: string } | { ok: false; problem: "threw" | "missing-export"; error: ThrownError; output: string };

/** One case of a "run": what the function returned or threw, what it printed, and how long it took (ms, timed in the child). */
export type RanCase = ({ value: WireValue; mutatedArgs: number[] } | { error: ThrownError }) & { output: string; durationMs: number };

/** One job of a "run": how its load went, if it loaded, and its cases' outcomes (none if the load failed). */
export interface RanJob {
  loaded?: LoadedModule;
  cases: RanCase[];
}

export type ChildMessage =
  | { type: "ready" }
  | ({ type: "loaded"; id: number; tampered: string[] } & LoadedModule)
  | { type: "returned"; id: number; value: WireValue; mutatedArgs: number[]; output: string; tampered: string[] }
  | { type: "threw"; id: number; error: ThrownError; output: string; tampered: string[] }
  /** The answer to a "run": each job's load and cases, and what changed while they ran (if anything did, none of them is used). */
  | { type: "ran"; id: number; jobs: RanJob[]; tampered: string[] }
  /** Refused to run: something changed after the last report (see ParentMessage `clean`). */
  | { type: "dirty"; id: number; tampered: string[] }
  /** What the running code printed so far, sent as it prints: kept only if the child dies before replying. In a "run", the step printing. */
  | ({ type: "output"; id: number; text: string } & Partial<StepAt>);

const wireNumber = { anyOf: [{ type: "number" }, { enum: ["NaN", "Infinity", "-Infinity"] }] };
const common = {
  id: { type: "integer" },
  output: { type: "string", maxLength: 100_000 },
  tampered: { type: "array", items: { type: "string", maxLength: 200 }, maxItems: 50 },
};
const mutatedArgs = { type: "array", items: { type: "integer" } };
const thrownError = {
  type: "object",
  required: ["name", "message", "stack"],
  additionalProperties: false,
  properties: {
    name: { type: "string", maxLength: 200 },
    message: { type: "string", maxLength: 10_000 },
    stack: { type: "string", maxLength: 50_000 },
    code: { type: "string", maxLength: 100 },
    nonError: { type: "string", maxLength: 100 },
    readingResult: { type: "boolean" },
  },
};

const loadedModule = {
  type: "object",
  required: ["ok", "output"],
  additionalProperties: false,
  properties: { ok: { type: "boolean" }, problem: { enum: ["threw", "missing-export"] }, error: thrownError, output: common.output },
};

const ranCase = {
  type: "object",
  required: ["output", "durationMs"],
  additionalProperties: false,
  properties: { value: { $ref: "#/definitions/value" }, mutatedArgs, error: thrownError, output: common.output, durationMs: { type: "number", minimum: 0 } },
  oneOf: [
    { required: ["value", "mutatedArgs"], properties: { value: true, mutatedArgs: true } },
    { required: ["error"], properties: { error: true } },
  ],
};

const ranJob = {
  type: "object",
  required: ["cases"],
  additionalProperties: false,
  properties: { loaded: loadedModule, cases: { type: "array", maxItems: 1000, items: ranCase } },
};

export const childMessageSchema = {
  $id: "https://dnn-grader.local/schemas/child-message-1.json",
  definitions: {
    value: {
      type: "object",
      required: ["type"],
      properties: { type: { enum: ["ndarray", "number", "string", "boolean", "sequence", "mapping", "none", "other"] } },
      allOf: [
        { if: { properties: { type: { const: "ndarray" } } }, then: { required: ["shape", "data"], properties: { shape: { type: "array", maxItems: 32, items: { type: "integer", minimum: 0 } }, data: { type: "array", items: wireNumber } } } },
        { if: { properties: { type: { const: "number" } } }, then: { required: ["value"], properties: { value: wireNumber } } },
        { if: { properties: { type: { const: "string" } } }, then: { required: ["value"], properties: { value: { type: "string" } } } },
        { if: { properties: { type: { const: "boolean" } } }, then: { required: ["value"], properties: { value: { type: "boolean" } } } },
        { if: { properties: { type: { const: "sequence" } } }, then: { required: ["items"], properties: { items: { type: "array", items: { $ref: "#/definitions/value" } } } } },
        { if: { properties: { type: { const: "mapping" } } }, then: { required: ["entries"], properties: { entries: { type: "array", items: { type: "array", minItems: 2, maxItems: 2, items: [{ type: "string" }, { $ref: "#/definitions/value" }] } } } } },
        { if: { properties: { type: { const: "none" } } }, then: { required: ["value"], properties: { value: { enum: ["null", "undefined"] } } } },
        { if: { properties: { type: { const: "other" } } }, then: { required: ["description"], properties: { description: { type: "string" } } } },
      ],
    },
  },
  type: "object",
  required: ["type"],
  properties: { type: { enum: ["ready", "loaded", "returned", "threw", "ran", "dirty", "output"] } },
  allOf: [
    { if: { properties: { type: { const: "loaded" } } }, then: { required: ["id", "ok", "output", "tampered"], properties: { ...common, ok: { type: "boolean" }, problem: { enum: ["threw", "missing-export"] }, error: thrownError } } },
    { if: { properties: { type: { const: "returned" } } }, then: { required: ["id", "value", "mutatedArgs", "output", "tampered"], properties: { ...common, value: { $ref: "#/definitions/value" }, mutatedArgs } } },
    { if: { properties: { type: { const: "threw" } } }, then: { required: ["id", "error", "output", "tampered"], properties: { ...common, error: thrownError } } },
    { if: { properties: { type: { const: "ran" } } }, then: { required: ["id", "jobs", "tampered"], properties: { id: common.id, tampered: common.tampered, jobs: { type: "array", maxItems: 1000, items: ranJob } } } },
    { if: { properties: { type: { const: "dirty" } } }, then: { required: ["id", "tampered"], properties: { id: common.id, tampered: common.tampered } } },
    { if: { properties: { type: { const: "output" } } }, then: { required: ["id", "text"], properties: { id: common.id, text: { type: "string", maxLength: 100_000 }, job: { type: "integer" }, step: { type: "integer" } } } },
  ],
} as const;
