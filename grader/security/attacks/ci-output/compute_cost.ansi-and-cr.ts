// CI output and terminals: ANSI escapes (erase the line and move to column 1, then a command; the
// alternate screen; a terminal reset; an OSC 8 hyperlink; a window title), carriage returns and
// backspaces that overwrite what the grader printed, Unicode line separators. Printed and thrown.
const TEXT = [
  "ansi",
  "\u001b[2K\u001b[1G::error::after erase-line",
  "\u001b]8;;https://evil.example/\u0007click me\u001b]8;;\u0007",
  "\u001b]0;pwned title\u0007",
  "\u001b[?1049h\u001b[31mred\u001b[0m",
  "score 0/10\rscore 10/10 ::error::cr",
  "\r::error::cr at the start",
  "ten\b\b\b\u0008::error::backspaces",
  "\u2028::error::line separator\u2029::error::paragraph separator\u0085::error::next line",
  "\u000b::error::vertical tab\u000c::error::form feed",
  "\u001bc",
].join("\n");

export function compute_cost(AL: any, Y: any): number {
  console.log(TEXT);
  console.error(TEXT);
  throw new Error(TEXT);
}
