// CI output: GitHub Actions reads "::command::" at the start of any line of a job's output, and
// Azure Pipelines "##[...]"/"##vso[...]". A thrown message with newlines starts such lines wherever
// the grader prints it raw: a forged annotation, a mask that hides the real log, a stop-commands
// that turns the grader's own annotations off.
export function linear_forward(A: any, W: any, b: any): any {
  throw new Error(
    [
      "workflow commands",
      "::error file=x::pwned",
      "::add-mask::pwned-mask",
      "::warning title=grader::pwned",
      "::stop-commands::pwned-token",
      "::set-output name=score::100",
      "##[error]pwned",
      "##vso[task.setvariable variable=score]100",
      "  ::error::indented",
      "\r::error::after a carriage return",
    ].join("\n"),
  );
}
