import { describe, expect, it } from "vitest";
import { terminalJson, terminalText, visibleControls } from "./neutralise";

/** What GitHub Actions would run: a line starting with `::` once trimmed, or `##[` anywhere on it. */
const workflowCommand = /^\s*::|##\[/;

const injection =
  "x\n::error file=a.ts,line=1::injected\r::add-mask::y\r\n  ::stop-commands::tok\n\u3000::set-output name=a::b";

describe("terminalText", () => {
  it("leaves no line that GitHub Actions would read as a workflow command", () => {
    const lines = terminalText(injection).split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).not.toMatch(workflowCommand);
  });

  it("breaks the legacy ##[ form wherever it stands on a line, not only at the start", () => {
    const out = terminalText("fine ##[error]pwned\n##[add-mask]secret\n\t##[group]g");
    expect(out).not.toContain("##[");
    expect(out).toBe("fine ##\\[error]pwned\n##\\[add-mask]secret\n\t##\\[group]g");
  });

  it("keeps the student's words readable: a backslash before the ::, the rest as written", () => {
    expect(terminalText("x\n::error file=a.ts::injected")).toBe("x\n\\::error file=a.ts::injected");
    expect(terminalText("  ::debug::d")).toBe("  \\::debug::d");
    expect(terminalText("a::b and c :: d")).toBe("a::b and c :: d");
  });

  it("turns a lone carriage return, which overwrites a line (and ends one for the runner), into visible text", () => {
    expect(terminalText("Score: 0/10\rScore: 100/100")).toBe("Score: 0/10\\x0dScore: 100/100");
    expect(terminalText("a\r::add-mask::y")).not.toMatch(/\r/);
    // A Windows line end is only a line end.
    expect(terminalText("a\r\nb")).toBe("a\nb");
  });

  it("writes ANSI escapes, C1 controls, DEL and bidi overrides as visible escapes, keeping tabs and newlines", () => {
    const out = terminalText("\x1b[2J\x1b]0;pwned\x07 \u009b31m \x7f \u202etxt.ts \u2028 a\tb\nc");
    expect(out).toBe("\\x1b[2J\\x1b]0;pwned\\x07 \\x9b31m \\x7f \\u202etxt.ts \\u2028 a\tb\nc");
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
  });

  it("cannot be fooled by a control character in front of the ::", () => {
    // NEL (U+0085) is white space to the runner's TrimStart; written visibly, it no longer is.
    for (const line of terminalText("\u0085::error::x\n\u000b::error::y\n\u00a0::error::z").split("\n")) {
      expect(line).not.toMatch(workflowCommand);
    }
  });
});

describe("visibleControls", () => {
  it("keeps ordinary text, tabs and newlines as they are", () => {
    const plain = "linear_forward: Z has shape (3, 2), expected (3, 1)\n\tsee the hint: ✓ 日本語";
    expect(visibleControls(plain)).toBe(plain);
  });
});

describe("terminalJson", () => {
  const value = { message: injection, output: "a ##[add-mask]secret \u009b2J \u2028 \x1b[31m", n: [1, 2] };

  it("reads back as the very same value", () => {
    expect(JSON.parse(terminalJson(value))).toEqual(value);
  });

  it("leaves no line a runner would obey and no raw control character", () => {
    const json = terminalJson(value);
    for (const line of json.split(/\r\n|\r|\n/)) expect(line).not.toMatch(workflowCommand);
    expect(json).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
  });
});
