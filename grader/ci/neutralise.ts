/**
 * Student code controls error messages, printed output and file names, and all of them reach the
 * terminal. A terminal obeys control characters (ESC starts colour, cursor and title sequences; a
 * lone CR overwrites the line), and GitHub Actions obeys workflow commands on any line of stdout or
 * stderr, in every mode: a line that starts with `::` once leading white space is trimmed
 * (`::add-mask::`, `::stop-commands::`, `::error file=...::`), and, in the legacy form, a line
 * that holds `##[` anywhere (the runner looks for it with IndexOf, not at the start). These
 * functions make such text inert while keeping it readable: what is escaped stays visible.
 */

/**
 * C0 and C1 controls but tab and newline, DEL, Unicode's line and paragraph separators, and the
 * bidirectional overrides that make a terminal show text in another order than it is.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function hex(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Controls written as `\x1b`, `\x0d`, `\u202e`: inert, and the reader still sees they were there. */
export function visibleControls(text: string): string {
  // CRLF is only a line end written the Windows way; a lone CR is what overwrites a line.
  return text.replace(/\r\n/g, "\n").replace(CONTROL, hex);
}

/** The runner's parser trims leading white space (.NET's, which JS's \s covers) before looking for `::`. */
const COMMAND_START = /^(\s*)::/;

/**
 * Student text safe on terminal lines: controls visible, and no line able to run a workflow
 * command. A `\` goes before a line's leading `::` and into every `##[` (as `##\[`), so the
 * reader still sees the text the student wrote.
 */
export function terminalText(text: string): string {
  return visibleControls(text)
    .split("\n")
    .map((line) => line.replace(/##\[/g, "##\\[").replace(COMMAND_START, "$1\\::"))
    .join("\n");
}

/**
 * A value as JSON for stdout (`--json`), inert in the same two ways and still the same JSON:
 * JSON.stringify already escapes C0 controls and newlines, so no line can start with `::`; what it
 * leaves (C1 controls, separators, bidi overrides, a `##[` inside a string) is written as `\uXXXX`,
 * which every JSON parser reads back as the same character. Outside strings neither can occur.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/##\[/g, "##\\u005b");
}
