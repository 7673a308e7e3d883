/**
 * The student's line where a case threw, read from the submission (the grader's process reads the
 * student's files; only running them is sandboxed), and the calls written on it, split into their
 * arguments as the student typed them.
 */
import { readFileSync } from "node:fs";
import { isAbsolute, join, normalize } from "node:path";
import type { SourceLine } from "../../results/types";

/** Longer lines are cut: a results file carries the line, not a minified bundle. */
const MAX_LINE = 400;

/** "linear_forward.ts:12:5" -> the file, line and text in `submissionDir`; undefined outside it. */
export function sourceLineAt(submissionDir: string, location: string | undefined): (SourceLine & { column: number }) | undefined {
  const m = location ? /^(.+\.ts):(\d+):(\d+)$/.exec(location) : null;
  if (!m) return undefined;
  const [, file, line, column] = m;
  const rel = normalize(file);
  if (isAbsolute(rel) || rel.startsWith("..")) return undefined;
  let lines: string[];
  try {
    lines = readFileSync(join(submissionDir, rel), "utf8").split(/\r?\n/);
  } catch {
    return undefined;
  }
  const text = lines[Number(line) - 1];
  if (text === undefined) return undefined;
  return { file: rel, line: Number(line), column: Number(column), text: text.trim().slice(0, MAX_LINE) };
}

export interface WrittenCall {
  /** The callee as written: "np.dot", "dZ.sum". */
  callee: string;
  /** Each argument's text, trimmed. */
  args: string[];
  /** The whole call's text. */
  text: string;
}

/** The arguments of the call whose "(" is at `open`, split at top-level commas; undefined if unclosed. */
function argumentsAt(text: string, open: number): { args: string[]; end: number } | undefined {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) {
        const last = text.slice(start, i).trim();
        if (last !== "" || args.length > 0) args.push(last);
        return { args, end: i + 1 };
      }
    } else if (c === "," && depth === 1) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return undefined;
}

/** Every call on `text` whose callee matches `callee` (a dotted name, `*` for any one identifier). */
export function callsIn(text: string, callee: string): WrittenCall[] {
  const pattern = new RegExp(`(?<![\\w$.])(${callee.replace(/\./g, "\\.").replace(/\*/g, "[\\w$]+")})\\s*\\(`, "g");
  const calls: WrittenCall[] = [];
  for (const m of text.matchAll(pattern)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const parsed = argumentsAt(text, open);
    if (parsed) calls.push({ callee: m[1], args: parsed.args, text: text.slice(m.index, parsed.end) });
  }
  return calls;
}
