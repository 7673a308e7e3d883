// CI output: a stack trace that points where it likes. Error.prepareStackTrace writes the frames, so
// the "location" the grader reports (and, under --ci, the file= of its annotation) is a workflow file
// or a path with a newline and a command in it. Also an AggregateError and a cause chain.
export function initialize_parameters_deep(layer_dims: number[]): any {
  Error.prepareStackTrace = (error) =>
    `${String((error as Error).message)}\n    at x (.github/workflows/ci.yml:1:1)\n    at y (initialize_parameters_deep.ts:1:1\n::error file=x::from a frame)`;
  const inner = new Error("\n::error::cause");
  throw new AggregateError([inner, "\n::error::aggregate"], "\n::error file=.github/workflows/ci.yml::forged location", { cause: inner });
}
