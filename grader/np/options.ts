import { NpTypeError } from "./errors";

/**
 * numpy's keyword arguments arrive here as an options object. JS would silently ignore a
 * misspelt key ({ keepdim: true }), and student code may run without a type check, so unknown
 * keys raise Python's own TypeError text instead.
 */
export function checkOptions(fn: string, options: object, allowed: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw new NpTypeError(`${fn}() got an unexpected keyword argument '${key}'`);
  }
}
