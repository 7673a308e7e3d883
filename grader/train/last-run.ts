/**
 * The last training run's parameters, kept in .grade/training/last-run.json for `npm run predict`:
 * JSON with a schema (checked when read back: the file sits in the student's folder and may be
 * edited or stale).
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { GraderError } from "../errors";
import { trainMessages } from "../messages/messages";
import { NDArray } from "../np/ndarray";
import { writeAtomically } from "../results/write";
import { compileSchema } from "../validation/ajv";
import type { Parameters } from "./accuracy";
import type { ModelName } from "./settings";
import type { TrainingRun } from "./train";

export const LAST_RUN_VERSION = 1;

export interface LastRun {
  version: number;
  model: ModelName;
  layers_dims: number[];
  image: [number, number, number];
  classes: [string, string];
  parameters: Record<string, { shape: number[]; data: number[] }>;
}

const positive = { type: "integer", minimum: 1 };
export const lastRunSchema = {
  type: "object",
  required: ["version", "model", "layers_dims", "image", "classes", "parameters"],
  additionalProperties: false,
  properties: {
    version: { const: LAST_RUN_VERSION },
    model: { enum: ["two-layer", "L-layer"] },
    layers_dims: { type: "array", minItems: 2, items: positive },
    image: { type: "array", minItems: 3, maxItems: 3, items: positive },
    classes: { type: "array", minItems: 2, maxItems: 2, items: { type: "string" } },
    parameters: {
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["shape", "data"],
        additionalProperties: false,
        properties: { shape: { type: "array", minItems: 2, maxItems: 2, items: positive }, data: { type: "array", items: { type: "number" } } },
      },
    },
  },
} as const;

export function saveLastRun(file: string, run: TrainingRun): void {
  const parameters = Object.fromEntries(Object.entries(run.parameters).map(([k, a]) => [k, { shape: [...a.shape], data: Array.from(a.data) }]));
  const { model, layers_dims } = run;
  const last: LastRun = { version: LAST_RUN_VERSION, model, layers_dims, image: run.data.image, classes: run.data.classes, parameters };
  mkdirSync(dirname(file), { recursive: true });
  writeAtomically(file, JSON.stringify(last));
}

export function loadLastRun(file: string): { run: LastRun; parameters: Parameters } {
  if (!existsSync(file)) throw new GraderError("usage", trainMessages.noTrainingRun(file));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new GraderError("usage", trainMessages.badTrainingRun(file, (error as Error).message));
  }
  const validate = compileSchema(lastRunSchema);
  if (!validate(json)) {
    const error = validate.errors?.[0];
    throw new GraderError("usage", trainMessages.badTrainingRun(file, `${error?.instancePath || "/"} ${error?.message}`));
  }
  const run = json as LastRun;
  const parameters: Parameters = {};
  const dims = run.layers_dims;
  for (let l = 1; l < dims.length; l++) {
    for (const [key, shape] of [[`W${l}`, [dims[l], dims[l - 1]]], [`b${l}`, [dims[l], 1]]] as const) {
      const p = run.parameters[key];
      if (!p || p.shape.join() !== shape.join() || p.data.length !== shape[0] * shape[1]) {
        throw new GraderError("usage", trainMessages.badTrainingRun(file, `${key} does not fit layers_dims`));
      }
      parameters[key] = new NDArray(Float64Array.from(p.data), p.shape);
    }
  }
  return { run, parameters };
}
