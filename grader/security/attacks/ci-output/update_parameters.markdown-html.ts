// CI output and reports: Markdown and HTML in a thrown message and in printed output: an image that
// calls home when the step summary or report.md is viewed, a fence that closes the grader's code
// block first, raw HTML, a Handlebars expression, a javascript: link, a table row.
const TEXT = [
  "markdown",
  "![t](https://evil.example/x.png)",
  "```",
  "![fence](https://evil.example/after-fence.png)",
  "~~~",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "</details></pre></code><h1>pwned</h1>",
  "{{constructor.constructor('alert(1)')()}}",
  "[click](javascript:alert(1))",
  "| score | 100 |",
  "<!--",
].join("\n");

export function update_parameters(params: any, grads: any, learning_rate: number): any {
  console.log(TEXT);
  throw new Error(TEXT);
}
