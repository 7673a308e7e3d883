/**
 * One strict ajv instance for every schema the grader owns (fixtures, exercise metadata, results,
 * sandbox messages). Each schema is compiled once; a failure names the file and the JSON pointer.
 */
import { Ajv, type ValidateFunction, type ErrorObject } from "ajv";
import { GraderError, type GraderErrorKind } from "../errors";

const ajv = new Ajv({ strict: true, allErrors: true, strictTuples: false });
const compiled = new Map<object, ValidateFunction>();

export function compileSchema(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** The most specific error: the deepest pointer wins, so anyOf branches do not hide the real problem. */
export function firstError(errors: readonly ErrorObject[]): ErrorObject {
  return [...errors].sort((a, b) => b.instancePath.split("/").length - a.instancePath.split("/").length)[0];
}

export function assertValid<T>(schema: object, data: unknown, file: string, kind: GraderErrorKind): T {
  const validate = compileSchema(schema);
  if (validate(data)) return data as T;
  const error = firstError(validate.errors ?? []);
  const detail = error.keyword === "additionalProperties"
    ? `unknown property "${String(error.params.additionalProperty)}"`
    : error.message ?? "is invalid";
  throw new GraderError(kind, `does not match its schema: ${detail}`, file, error.instancePath);
}
