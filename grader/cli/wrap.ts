/**
 * Text cut to fit a terminal: every line of the summary fits 100 columns, because a student's
 * terminal is often split beside an editor and a 330-character line wraps into an unreadable block.
 * The long form of every message lives in the report; the terminal gets its first sentence.
 */

/** The terminal's width the summary is written for. */
export const TERMINAL_COLUMNS = 100;

/** Columns a line takes on screen: code points, without our own colour escapes. */
export function columns(line: string): number {
  return Array.from(line.replace(/\x1b\[[0-9;]*m/g, "")).length;
}

/** Breaks one line (no "\n" in it) into lines of at most `width` columns, at spaces where it can. */
function wrapLine(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = Array.from(line);
  while (rest.length > width) {
    const head = rest.slice(0, width + 1);
    const space = head.lastIndexOf(" ");
    // A word longer than the line (a path, an escaped byte run) is cut where the line ends.
    const cut = space > width / 3 ? space : width;
    out.push(rest.slice(0, cut).join("").trimEnd());
    rest = rest.slice(space > width / 3 ? cut + 1 : cut);
  }
  out.push(rest.join(""));
  return out;
}

/** `text` (any number of lines) wrapped to `width` columns, each line prefixed by `indent`. */
export function wrap(text: string, width: number, indent = ""): string[] {
  const room = Math.max(10, width - columns(indent));
  return text.split("\n").flatMap((line) => wrapLine(line, room).map((l) => `${indent}${l}`));
}

/**
 * The first sentence of a message: up to the first ". " that a capital letter, a quote or a
 * backtick follows (numbers such as 3.14 and abbreviations inside a sentence never end it).
 */
export function firstSentence(message: string): string {
  const end = /[.!?](?=\s+["`(A-Z])/.exec(message);
  return end ? message.slice(0, end.index + 1) : message;
}

/** At most `max` lines; when cut, the last one says where the rest is. */
export function atMost(lines: string[], max: number, more: string): string[] {
  return lines.length <= max ? lines : [...lines.slice(0, max - 1), more];
}
