import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { paths } from "../paths";

/** A submission whose error message tries to run workflow commands, the new form and the legacy one. */
const submission = `import * as np from "#np";

export function linear_forward(A, W, b) {
  // YOUR CODE STARTS HERE
  throw new Error("x\\n::error file=a.ts,line=1::injected\\r::add-mask::y ##[warning]legacy \\u001b]0;pwned\\u0007");
  // YOUR CODE ENDS HERE
}
`;

const work = mkdtempSync(join(tmpdir(), "grade-ci-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dir = join(work, "submission");
mkdirSync(dir);
writeFileSync(join(dir, "linear_forward.ts"), submission);

function gradeUnderActions(...flags: string[]) {
  const summaryFile = join(work, `summary-${flags.join("")}.md`);
  writeFileSync(summaryFile, "");
  const launch = join(paths.projectRoot, "grader", "cli", "launch.mjs");
  const args = [launch, "grade", dir, "--ci", "--only", "linear_forward", "--out", join(work, "out"), ...flags];
  const run = spawnSync(process.execPath, args, {
    env: { ...process.env, GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: work },
    encoding: "utf8",
  });
  return { ...run, summary: readFileSync(summaryFile, "utf8") };
}

/** The runner reads a line at every LF, CR or CRLF. */
const runnerLines = (text: string) => text.split(/\r\n|\r|\n/);

/** The grader's own annotation: the only command allowed, with the student's line ends encoded. */
const ownAnnotation = /^::(error|warning) file=[^,:]*,line=\d+(,col=\d+)?,title=[^:]*::/;

function expectOnlyOwnCommands(stream: string): string[] {
  const annotations: string[] = [];
  for (const line of runnerLines(stream)) {
    if (ownAnnotation.test(line)) annotations.push(line);
    // The legacy form `##[` is obeyed anywhere on a line, not only at its start.
    else expect(line).not.toMatch(/^\s*::|##\[/);
  }
  return annotations;
}

describe("npm run grade -- --ci under GitHub Actions, for a submission whose error holds workflow commands", () => {
  it("prints no command but its own annotation, which carries the message on one line", () => {
    const run = gradeUnderActions();
    expect(run.stderr).toContain("grader: CI failed");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("injected");
    const annotations = [...expectOnlyOwnCommands(run.stdout), ...expectOnlyOwnCommands(run.stderr)];
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toContain("%0A::error file=a.ts,line=1::injected");
    expect(annotations[0]).not.toMatch(/[\r\n\x07]/);
  });

  it("writes a step summary with no carriage return and no live link", () => {
    const { summary } = gradeUnderActions();
    expect(summary).toContain("injected");
    expect(summary).not.toContain("\r");
    expect(summary).not.toContain("](");
  });

  it("with --json, prints the results as JSON that still parses, and nothing a runner would obey", () => {
    const run = gradeUnderActions("--json");
    const results = JSON.parse(run.stdout);
    expect(results.exercises[0].message).toContain("::add-mask::y ##[warning]legacy");
    expect(expectOnlyOwnCommands(run.stdout)).toHaveLength(0);
    expect(expectOnlyOwnCommands(run.stderr)).toHaveLength(1);
  });
});
