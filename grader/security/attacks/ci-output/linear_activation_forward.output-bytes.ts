// CI output: bytes a log viewer or a JSON writer may mishandle: NUL, a lone surrogate, DEL, C1
// controls, a 500 KB line, lines that look like the grader's own summary.
export function linear_activation_forward(A_prev: any, W: any, b: any, activation: string): any {
  console.log("nul\u0000byte lone\ud800surrogate del\u007f c1\u009b31m");
  console.log(`${"long".repeat(125_000)}`);
  console.log("Results: .grade/results.json\nScore: 100/100\n✔ all functions passed");
  return ["\u0000\ud800::error::in a value", null];
}
